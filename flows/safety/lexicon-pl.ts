import { conceptsPl } from './concepts-pl';
import type { SafetyLexicon } from './lexicon';
import { PLAY_WORDS } from './play-words';

/** An overdose of coffee, in a series or of a patient: the word, not the danger. */
const OVERDOSE_AS_A_WORD = 'pierwszej|serial|odcinek|pacjent|karetce|kawe|kawy';

/** Polish, also typed without Polish letters ("chce sie zabic"): words are compared without accents. */
export const lexiconPl: SafetyLexicon = {
  concepts: conceptsPl,
  slang: { chce: 'chce', chcialabym: 'chce', chcialbym: 'chce', wole: 'chce', juz: 'juz' },
  classes: {
    fam: 'ojciec|tata|tato|mama|matka|ojczym|macocha|brat|siostra|wujek|chlopak|maz|rodzice|dziadek',
    famGen: 'ojca|taty|mamy|matki|ojczyma|macochy|brata|wujka|chlopaka|meza|rodzicow',
    hit:
      'bije|bija|bil|bila|bili|uderzyl|uderzyla|uderza|kopie|kopnal|pobil|pobila|dusil|dusi|szarpie|leje|lal|lala|tlucze|tlukl|spral|sprala|popycha' +
      '|popchnal|popchnela|szarpal|szarpala|spoliczkowal|spoliczkowala|kopal|kopala|dusila|okłada|okladal|grzmoci|przywalil|przywalila',
    broke: 'zlamal|złamała|zlamala|zwichnal|zwichnął|zwichnela|wykrecil|wykręcił|wykrecila|rozcial|rozciął|rozbil|rozbił|wybil|wybił',
    bodyPart: 'reke|rękę|palec|palca|nos|zebro|żebro|zebra|noge|nogę|szczeke|szczękę|ramie|ramię|nadgarstek|obojczyk|zab|ząb|zeby|zęby|warge|wargę',
    under: 'koszulke|koszulkę|bluzke|bluzkę|majtki|spodnie|spodnice|spódnicę|sukienke|sukienkę|stanik|biustonosz|spodenki|gacie',
    waitV: 'czekali|czekaja|czekają|czekal|czekał|czekala|czekała|stali|stoja|stoją|stal|stał|przyszli|przyszedl|przyszedł',
    weaponI: 'kijem|kijami|nozem|nożem|nozami|nożami|maczeta|maczetą|bronia|bronią|siekiera|siekierą|kastetem|pistoletem|spluwa|spluwą|gazem',
    chem: 'chemia|chemii|wybielacz|kwas|chlor|plyn|płyn|srodek|środek|domestos|ace|rozpuszczalnik|aceton|benzyna',
    eye: 'oka|oczu|oczy|oko',
  },
  negations: 'nie|nigdy',
  saidNo: 'powiedziałam|powiedziałem|powiedziała|powiedział|powiedzialam|powiedzialem|mówiłam|mówiłem|odpowiedziałam|odpowiedziałem|krzyczałam|krzyczałem|krzyknęłam nie',
  thoughts: 'mysl|mysli|myslach|zamiar*|pomysl*|myslal*|myslalam|myslalem',
  thoughtDenials: 'zadnych|zadnej|zadnego|zaden|zadne|brak|bez|nie|nigdy',
  thoughtDenialsAfter: 'brak|zero',
  trailing: 'juz|naprawde|serio|no|po|prostu|wiecej',
  idioms: [
    // A last message for today: "last message for today", "ostatnia wiadomość na dziś".
    'ostatnia wiadomosc|wiadomość ^na ^dzisiaj|dzis|dziś', 'ostatnia wiadomosc|wiadomość ^dzisiaj|dzis|dziś',
    // Not on purpose is an accident: "sorry, niet expres".
    'nie ^specjalnie|celowo', 'umieram|umarlam|umarlem ze|z smiechu|nudow|glodu|zmeczenia', '# km|kilometrow',
    // A train or a bus that ran away is missed: "uciekł mi ostatni pociąg".
    'uciekl|uciekla|uciekly|ucieka ^mi',
    // Thrown over is dumped, thrown up is quit: "chłopak mnie wczoraj rzucił", "rzuciłam szkołę" (not "rzucił mną o ścianę").
    'chlopak|chłopak|dziewczyna|facet|partner|partnerka ^mnie ^wczoraj|^dzis|^dzisiaj? rzucil|rzucił|rzucila|rzuciła $', 'rzucil|rzucił|rzucila|rzuciła ^mnie ^po|^dla|^przez|^smsem',
    'rzucilam|rzucilem|rzucila|rzucil|rzuciłam|rzuciłem|rzuciła|rzucił|rzucic|rzucić|rzuce|rzucę ^szkole|^szkołę|^prace|^pracę|^studia|^palenie|^trening|^kurs',
    'szkole|szkołę|prace|pracę|studia|palenie ^juz|^już? rzucilam|rzucilem|rzucila|rzucil|rzuciłam|rzuciłem|rzuciła|rzucił',
    // Where to live, not whether: "nie chce zyc w holandii cale zycie".
    'zyc|żyć|mieszkac|mieszkać ^w ^holandii|^polsce|^europie|^amsterdamie|^miescie|^mieście|^niderlandach', 'zyc|żyć|mieszkac|mieszkać ^w ^tym ^kraju|^miescie', 'zyc|żyć|mieszkac|mieszkać ^tu|^tutaj'],
  contexts: {
    past:
      'kiedys|dawniej|dzieciak|dzieciakiem|dzieckiem|wczesniej|temu|zeszlym|ubieglym|bylo|byla|byl|bylam|bylem|mialam|mialem|' +
      // In the past, once, in childhood, in the gimnazjum (gone since 2019): "w przeszłości", "niegdyś", "w dzieciństwie", "w gimbazie".
      'przeszlosci|niegdys|wowczas|dziecinstwie|dziecinstwa|gimnazjum|gimnazjach|gimbazie|gimbie|gimbazy|' +
      // The past in the verb, of what went on for a time: "cięłam się", "ojciec mnie bił". Not "chciałam", "myślałam": "chciałam
      // zapytać" asks now, "myślałam, że to za mną" comes back.
      'cielam|cialem|ciachalam|okaleczalam|okaleczalem|samookaleczalam|samookaleczalem|bil|bila|bili|lal|lala|uciekalam|uciekalem|lykalam|lykalem|grozil|grozila|grozili|szantazowal|szantazowala|szantazowali',
    play: `${PLAY_WORDS}|meczu|grze|gralismy`,
    topic: 'zawod|film|filmie|lekcja|lekcje|lekcję|lekcji|lekcjach|serial|wiadomosci|ksiazka|projekt|prezentacja|wypracowanie|wypracowania|referat|zapobieganie|zapobieganiu|profilaktyka|profilaktyki|statystyki|ulotki|ulotka|wolontariat|wolontariusz*|staz|praktyki|artykul|dokumentaln*|reportaz|plakat|plakatu|plakacie|lektura|lektury|rozdzial|piosenka|piosenke',
  },
  /** Spotkanie przed nami (flows/safety/lexicon.ts, seeYouAgain): "do zobaczenia", "do jutra". */
  seeYouAgain: [
    'do ^jutra|poniedzialku|poniedziałku|wtorku|srody|środy|czwartku|piatku|piątku|nastepnego|następnego',
    'widzimy|zobaczymy ^sie|się ^w? jutro|poniedzialek|poniedziałek|wtorek|srode|środę|czwartek|piatek|piątek|tygodniu',
  ],
  recovered: [
    'juz|teraz|już ma mieszkanie|pokoj|pokój|prace|pracę',
    'juz|już ^mi? lepiej', 'czuje|czuję sie|się ^juz|^już lepiej|dobrze', 'teraz ^jest ^juz|^już dobrze|lepiej', 'teraz ^jest ^juz|już? spoko|ok|okej|dobrze|spokojnie', 'jest ^juz|^już? spokojnie', 'dostalam|dostalem|mialam|mialem|dostałam|dostałem|miałam|miałem ^pomoc|^terapie|^terapię', 'juz|już ^jestem ^w ^domu', 'teraz ^jestem|^jestesmy ^bezpieczna|^bezpieczny|^bezpieczni', 'wszystko ^gra', 'teraz mam pokoj|pokój|mieszkanie|kawalerke',
    'teraz mam swoj|swoja|wlasny|wlasne? pokoj|mieszkanie|prace|kawalerke',
    'jest naprawde? juz? dobrze|ok|super',
    'domu teraz|juz|już ^jest spokoj|spokój',
    'teraz mam super',
    // "To już przeszłość", "mam to za sobą", "już tego nie robię", "jestem w dobrym miejscu", "kocham swoje życie".
    'juz ^tego? ^nie ^robie', 'juz ^nie $', 'teraz ^juz ^nie $', 'juz ^sie ^nie tne|okaleczam',
    'stara ^historia', 'kocham ^swoje? zycie', 'jestem ^teraz? ^w dobrym miejscu', 'jestem ^teraz? ^juz? innym|inna ^czlowiekiem|^osoba',
    'czuje ^sie swietnie|super', 'jest git', 'wyszlam|wyszedlem ^z ^tego', 'terapia ^mi? ^bardzo? pomogla', 'chodze|chodzilam|chodzilem na|do terapie|terapii|psychologa|psycholozki|terapeuty',
    'przestalam|przestalem ^sie? ciac|okaleczac|samookaleczac', 'przestalam|przestalem ^to ^robic', 'zero|brak kontaktu', 'nie mamy ^ze? ^soba? kontaktu', 'spokojne|normalne|dobre|super ^zycie', 'teraz jest ^o? ^wiele|duzo lepiej', 'jest ^juz? spokoj', 'normalny|dobry kontakt', 'teraz|juz wszystko ^jest? ^juz? ok|okej|dobrze|spoko|gra|git $', 'jestem|jest ^juz? czysta|czysty', 'smieszne|zabawne ^to? teraz', 'teraz ^to? smieszne|zabawne',
    'mam ^juz? swoje|swoj|swoja|wlasne|wlasny|wlasna mieszkanie|pokoj|kawalerke', 'od #? roku|lat|lata|miesiecy ^juz? mam ^swoj|^swoje|^wlasny|^wlasne? pokoj|mieszkanie|kawalerke|prace', 'od tamtej|tego pory|czasu ^jest? ^juz? spokoj|spokojnie|dobrze|ok', 'od tego|tamtego czasu|pory ^bardzo? duzo ^sie zmienilo',
  ],
  ago: ['to bylo|było ^juz|już? ^z? # lat|lata temu', 'to bylo|było dawno', 'dawno temu', '#|kilka|pare lat|lata|miesiecy temu', 'rok temu', 'pol roku temu', 'w zeszlym|ubieglym roku', 'jak|kiedy mialam|mialem # lat', 'jako dziecko|dzieciak', 'jak|kiedy bylam|bylem mala|maly|dzieckiem', 'po # latach|miesiacach',
    'jak|kiedy bylam|bylem|chodzilam|chodzilem ^w|^do podstawowce|podstawowki|liceum|gimnazjum|gimbazie|szkole|szkoly', 'w gimnazjum|gimbazie|gimbie|dziecinstwie|przeszlosci',
    'jako nastolatka|nastolatek|dziecko|dzieciak', 'za ^dzieciaka|^malolata|^gowniarza', 'w wieku # lat', 'majac # lat', 'lata ^temu', 'wiele|pare|kilka lat ^temu', 'w # roku', 'w tamtym czasie|okresie|roku', 'wieki ^temu'],
  longOver: ['zamkniety|zamknięty temat|rozdzial|rozdział', 'mieszkam sama|sam od', 'czysta|czysty od|przez', 'od # lat|lata|miesiecy|miesięcy nie',
    // "Od 3 lat jestem czysta", "od roku się nie tnę", "od 4 lat jest spokój", "od 2 lat zero kontaktu".
    'od #? roku|lat|lata|miesiecy ^juz? ^jestem? czysta|czysty', '#|kilka|pare|dwa|trzy lat|lata ^jestem? czysta|czysty',
    'od #? roku|lat|lata|miesiecy ^sie? ^juz? nie ^tne|^okaleczam|^ciacham', 'od #? roku|lat|lata|miesiecy ^juz? ^jest spokoj|spokojnie',
    'od #? roku|lat|lata|miesiecy ^juz? zero|brak kontaktu', 'od #? roku|lat|lata|miesiecy ^juz? ^nie mamy ^ze? ^soba? kontaktu', 'zamkniety|zamknięty etap',
    // "To już przeszłość", "mam to za sobą", "to się skończyło": over, as a closed chapter is; not with "znowu" ("myślałem że to już za mną, a wczoraj znowu").
    'to ^juz? ^jest? przeszlosc', 'to ^juz? ^jest? ^dawno? za mna', 'mam ^juz? to ^juz? ^dawno? za soba', 'to ^sie ^juz? ^dawno? skonczylo|minelo', 'sprawa ^jest? ^juz? zamknieta|zalatwiona',
    '#|kilka|pare|dwa|trzy lat|lata|miesiecy ^juz? bez ^samookalecz*|^ciecia|^ciec|^okaleczania|^okaleczen'],
  atSomeones: 'u',
  homeNow: [
    'teraz|juz|znowu ^jestem|jestesmy? ^juz|znowu? ^bezpiecznie? ^w? domu', 'jestem|jestesmy ^juz|znowu|teraz ^bezpiecznie? ^w? domu',
    'teraz|juz|znowu mieszkam|mieszkamy', 'mieszkam|mieszkamy ^teraz|juz|znowu z|u mamy|taty|ojca|rodzicow|babci|dziadka|cioci|wujka|siostry|brata|nim|nia|nimi|rodzicami|mama|tata|ojcem|babcia|ciocia|wujkiem|siostra|bratem',
    'teraz|juz mamy|mam mieszkanie|pokoj|kawalerke|dom',
  ],
  cameBack: ['wrocilam|wrocilem|wrocil|wrocila|wrocilismy|wrocilysmy|wrocili'],
  rules: [
    // No future seen: "ik zie geen toekomst meer", "не бачу себе в майбутньому", "ما شايف اي مستقبل".
    { match: 'nie widze|widzę|mam ^zadnej|żadnej? ^dla? ^siebie? przyszlosci|przyszłości', category: 'suicide', level: 'unclear' },
    { match: 'mam ^juz? wszystkiego ^dosc', category: 'suicide', level: 'unclear' },
    { match: 'nie wroce ^dzis? ^do domu', category: 'homeless_runaway', level: 'unclear' },
    { match: 'cale|za ^duzo|wszystkie|opakowanie|#many tabletek|tabletki|lekow|pigulek|pastylek', category: 'medical' },
    { match: 'polknelam|polknalem|lyknelam|lyknalem|lykne|lyknac tabletek|tabletki|lekow|pigulek', category: 'medical' },
    // Na praktykach, w referacie: temat; "przedawkowałam leki" mówi o sobie.
    { match: 'przedawkowal*|przedawkowac|przedawkowanie', category: 'medical', topic: true, unless: OVERDOSE_AS_A_WORD },
    { match: 'przedawkowalam|przedawkowalem', category: 'medical', unless: OVERDOSE_AS_A_WORD },
    { match: 'chce umrzec|zginac', category: 'suicide' },
    { match: 'chce ^sie ^zabic', category: 'suicide' },
    { match: 'zabic ^sie', category: 'suicide' },
    { match: 'sie ^zabic', category: 'suicide' },
    // "Zabiję się", said together: in "szef mnie zabije jak się spóźnię" the "się" is the lateness's.
    { match: 'zabije ^sie', category: 'suicide' },
    { match: 'sie ^zabije', category: 'suicide' },
    { match: 'nie chce zyc', category: 'suicide' },
    { match: 'samoboj*', category: 'suicide', topic: true },
    { match: 'skonczyc|skoncze ze ^soba', category: 'suicide' },
    { match: 'odebrac sobie zycie', category: 'suicide' },
    { match: 'mam dosc zycia', category: 'suicide' },
    { match: 'zycie nie ma sensu', category: 'suicide' },
    { match: 'nie ma sensu zyc', category: 'suicide' },
    { match: 'powiesze sie', category: 'suicide' },
    { match: 'nikt by za mna nie tesknil|tesknila', category: 'suicide' },
    { match: 'skocze z mostu|dachu', category: 'suicide' },
    { match: 'tne|tnie|tną|tna|ciac|pocielam|pocialem|pociela|pocięła|pocial|pociął ^sie', category: 'self_harm' },
    { match: 'sie ^pocielam|^pocialem|^tne|tnie|pociela|pocięła|pocial|pociął', category: 'self_harm' },
    { match: 'samookalecz*|okaleczam', category: 'self_harm', topic: true },
    { match: 'robie|zrobie sobie krzywde', category: 'self_harm' },
    { match: '{fam} mnie {hit}', category: 'violence_home' },
    // Told about someone else at home: "tata bije mame".
    { match: '{fam} {hit} ^mame|^matke|^tate|^ojca|^siostre|^brata|^nas', category: 'violence_home' },
    { match: '{fam} mame|matke|tate|ojca|siostre|brata|nas ^{hit}', category: 'violence_home' },
    { match: '{hit} ^mnie', category: 'violence_home' },
    { match: 'dostaje lanie', category: 'violence_home' },
    { match: 'nie czuje sie bezpiecznie|bezpieczna|bezpieczny w? domu', category: 'violence_home' },
    { match: 'nie jestem bezpieczn* w? domu', category: 'violence_home' },
    { match: 'boje sie {famGen}', category: 'violence_home' },
    { match: 'boje sie wrocic|isc do domu', category: 'violence_home' },
    { match: 'przemoc w? domu|domowa', category: 'violence_home', topic: true },
    { match: 'zgwalc*|molestow*|molestuj*', category: 'sexual_violence', topic: true },
    { match: 'wykorzystal|wykorzystuje mnie', category: 'sexual_violence' },
    { match: '{fam}|on mnie dotyka', category: 'sexual_violence' },
    { match: 'dotyka|dotykal|dotykala ^mnie', category: 'sexual_violence' },
    { match: 'mnie ^dotknal|dotknął|dotykal|dotykał|obmacywal|obmacywał|macal|macał', category: 'sexual_violence' },
    { match: 'dotknal|dotknął|obmacywal|obmacywał|macal|macał ^mnie', category: 'sexual_violence' },
    { match: 'szantaz*', category: 'sexual_violence' },
    { match: 'groza|grozi|grozil|grozila mi', category: 'threat', unless: conceptsPl.creditor },
    { match: 'mi groza|grozi|grozil|grozila', category: 'threat', unless: conceptsPl.creditor },
    { match: 'zabije|zabija mnie', category: 'threat' },
    { match: 'chce mnie zabic', category: 'threat' },
    { match: 'zastraszaja|zastrasza mnie', category: 'threat' },
    { match: 'sledzi mnie', category: 'threat' },
    { match: 'mnie sledzi|sledza', category: 'threat' },
    { match: 'mnie zabije|zabija|zabija', category: 'threat' },
    { match: 'zmuszaja mnie do slubu', category: 'threat' },
    // Knows where I live: "ktos mi wysyla dziwne wiadomosci ze wie gdzie mieszkam".
    { match: 'wie|wiedza|wiedzą|znaja|znają gdzie mieszkam|spie|śpię|chodze|chodzę', category: 'threat', level: 'unclear' },
    { match: 'ucieklam|ucieklem z domu', category: 'homeless_runaway', unless: 'film|filmie|serial|serialu|ksiazk*|książk*|opowiadani*|bajk*' },
    { match: 'spie|spalam|spalem na ulicy|dworcu', category: 'homeless_runaway' },
    { match: 'nie mam gdzie spac|mieszkac', category: 'homeless_runaway' },
    { match: 'wyrzucili|wyrzucil|wyrzucila mnie z domu', category: 'homeless_runaway' },
    // Pills gathered and a plan: "łyknę wszystko co jest w apteczce", "zasnąć i się nie obudzić", "mam plan i mam czym".
    { match: 'lykne|łyknę|polkne|połknę|wezme|wezmę|zjem|wpierdole|wpierdolę wszystko|cala|całą apteczk*|apteczce|apteczki', category: 'suicide' },
    { match: 'zasnac|zasnąć|usnac|usnąć|zasne|zasnę ^i? ^sie? nie ^sie? obudzic|obudzić|obudze|obudzę', category: 'suicide' },
    { match: 'nikt nie zauwazy|zauważy|zauwaza|zauważą|zatesknil|zatęskni|zatesknia|zatęsknią ^jak|gdy|ze|że|kiedy ^mnie? znikne|zniknę|umre|umrę|zabraknie', category: 'suicide' },
    { match: 'nikt nie zauwazy|zauważy|zauwaza|zauważą|zatesknil|zatęskni|zatesknia|zatęsknią ^jak|gdy|ze|że|kiedy ^mnie nie ^bedzie|będzie', category: 'suicide' },
    { match: 'mam plan ^i? ^mam? czym', category: 'suicide' },
    { match: 'nie szukajcie|szukaj ^mnie', category: 'suicide', level: 'unclear' },
    {
      match: 'stoje|stoję|siedze|siedzę na ^dachu|moscie|moście|krawedzi|krawędzi|parapecie|torach|barierce|balustradzie|wiadukcie',
      category: 'suicide',
      level: 'unclear',
      unless: 'opalam|slonce|słońce|widok|piwo|piwko|znajomymi|kumplami|koncert|fajnie|super|zdjecie|zdjęcie|ladnie|ładnie',
    },
    { match: 'petle|pętlę|stryczek|sznur|linke|linkę na ^szyje|szyję|szyi', category: 'suicide' },
    { match: 'powiesic|powiesić|powieszę ^sie|się', category: 'suicide' },
    { match: 'moja ^ostatnia wiadomosc|wiadomość', category: 'suicide', level: 'unclear' },
    // A farewell's words, each a worry: no burden anymore, don't look for me, you won't hear from me again, nothing will matter.
    { match: 'nie bede|będę ciezarem|ciężarem', category: 'suicide', level: 'unclear' },
    { match: 'nie szukajcie|szukaj mnie', category: 'suicide', level: 'unclear' },
    { match: 'wiecej|więcej mnie nie uslyszysz|usłyszysz|zobaczysz|uslyszycie|usłyszycie|zobaczycie', category: 'suicide', level: 'unclear' },
    { match: 'nic nie bedzie|będzie mialo|miało znaczenia', category: 'suicide', level: 'unclear' },
    // Self-harm told by its tools and habits: a sharpener taken apart, cigarettes put out on the skin.
    { match: 'rozkrecilam|rozkręciłam|rozkrecilem|rozkręciłem|rozkrecam|rozkręcam|rozbilam|rozbiłam temperowk*|maszynk*|strugaczk*', category: 'self_harm' },
    {
      match: 'gasze|gaszę|gasilam|gasiłam|gasilem|gasiłem|zgasilam|zgasiłam|przypalam|przypalilam fajki|fajke|fajkę|peta|papierosy|papierosa|szlugi na ^sobie|rece|ręce|rekach|rękach|udach|ramieniu|skorze|skórze',
      category: 'self_harm',
    },
    { match: 'glodze|głodzę|glodzilam|głodziłam|glodzilem|głodziłem ^sie|się', category: 'self_harm' },
    { match: 'wrocilam|wróciłam|wrocilem|wróciłem|wracam ^do cięcia|ciecia|ciachania|żyletki|zyletki', category: 'self_harm' },
    // Medical: drugs taken too far, fits, chemicals in the eyes, a neck that will not move after a fever, a bone that shows.
    // Written out and taken as written: 'przecpal*' would forgive 'przespal' (slept) as a typo.
    { match: 'przecpalem!|przecpalam!|przecpal!|przecpala!|przecpali!|przecpany!|przecpana!|przecpanie!|przecpac!', category: 'medical' },
    { match: 'atak|ataki|atakow|ataków|napad|napady padaczki|padaczkowy|padaczkowe|epilepsji', category: 'medical' },
    { match: 'padaczk*|epilep* ataki|atakow|ataków|napady', category: 'medical', gap: 8 },
    { match: 'nie odpowiada|reaguje|kontaktuje normalnie|logicznie|sensownie', category: 'medical' },
    { match: 'nie moze|może|moge|mogę zlapac|złapać oddechu|tchu|powietrza', category: 'medical', unless: conceptsPl.laughing },
    { match: 'krew|krwawi|krwawienie|krwotok nie ^chce|moze|może|da ^sie|się? przestac|przestać|zatrzymac|zatrzymać|zatamowac|zatamować|ustac|ustać', category: 'medical', gap: 4, unless: 'nosa|nos|nosem' },
    { match: 'nie mam|brak|skonczyla|skończyła|skonczyly|skończyły insuliny|insulina|lekow|leków|leki na padaczk*|cukrzyc*', category: 'medical', gap: 4 },
    { match: 'zemdlala|zemdlała|zemdlal|zemdlał|zemdlalam|zemdlałam|omdlala|omdlała nie odpowiada|reaguje|kontaktuje|oddycha|budzi|wstaje', category: 'medical', gap: 8 },
    { match: '{chem} wpadla|wpadła|wpadl|wpadł|prysnela|prysnęła|prysnal|chlapnela|chlapnęła mi? ^do|w {eye}', category: 'medical' },
    { match: 'kosc|kość wystaje|wyszla|wyszła', category: 'medical' },
    { match: 'otwarte zlamanie|złamanie', category: 'medical' },
    // Sexual violence and exploitation: held until, a hand under clothes, filmed drunk, clients, rent paid in bed.
    // "Nie wypuścił mnie, dopóki nie zrobiłam...": the rule starts at its own "nie", or the first one would negate the second.
    { match: 'nie wypuscil|wypuścił|wypuscila|wypuściła|wypuscili|wypuścili|puscil|puścił|wypuszczal|wypuszczał ^mnie? dopoki|dopóki', category: 'sexual_violence' },
    { match: 'nie wypuscil|wypuścił|wypuscila|wypuściła|wypuscili|wypuścili|wypuszcza|wypuszczal|wypuszczał mnie', category: 'sexual_violence' },
    { match: 'reke|rękę|lape|łapę|dlon|dłoń pod ^moja? {under}', category: 'sexual_violence' },
    { match: 'wlazl|wlazł|wchodzi|wlazi|pchal|pchał ^sie|się? ^mi? pod ^moja? koldre|kołdrę', category: 'sexual_violence' },
    { match: 'przytrzymal|przytrzymał|przygniotl|przygniótł mnie', category: 'sexual_violence', level: 'unclear' },
    {
      match: 'nie przestal|przestał|przestawal|przestawał chociaz|chociaż|choc|choć|mimo|a ^ja? plakalam|płakałam|prosilam|prosiłam|mowilam|mówiłam|krzyczalam|krzyczałam',
      category: 'sexual_violence',
    },
    { match: 'zaciagnal|zaciągnął|zaciagneli|zaciągnęli|wciagnal|wciągnął mnie do|na|w zaplecze|lazienki|łazienki|kibla|auta|samochodu|pokoju|krzaki|piwnicy|toalety', category: 'sexual_violence' },
    {
      match: 'nagral|nagrał|nagrali|nagrala|nagrała|nagrywal|nagrywał mnie jak|gdy|kiedy ^bylam|byłam|bylem|byłem? nawalona|nawalony|pijana|pijany|nieprzytomna|naga|nago|rozebrana|spalam|spałam',
      category: 'sexual_violence',
    },
    { match: 'spac|spać|sypiac|sypiać|isc|iść ^do? ^lozka? z klientami|facetami|mezczyznami|mężczyznami|szefem', category: 'sexual_violence' },
    { match: 'spotykac|spotykać ^sie|się z facetami|mezczyznami|mężczyznami|klientami w hotelu|hotelach|mieszkaniu|mieszkaniach|samochodach', category: 'sexual_violence' },
    { match: 'odrobic|odrobić|odpracowac|odpracować|splacic|spłacić|zaplacic|zapłacić|oplacic|opłacić w lozku|łóżku|naturze', category: 'sexual_violence' },
    { match: 'zabral|zabrał|zabrala|zabrała|zabrali|trzyma|trzymaja|trzymają mi|moj|mój dowod|dowód|paszport|dokumenty', category: 'sexual_violence', level: 'unclear' },
    // Violence at home told by its marks and habits.
    { match: 'zamyka|zamknal|zamknął|zamknela|zamknęła|zamykaja|zamykają mnie w|na ^pokoju|mieszkaniu|domu|piwnicy|lazience|łazience|szafie|klucz', category: 'violence_home' },
    { match: 'zamkniety|zamknięty|zamknieta|zamknięta na ^klucz', category: 'violence_home', unless: 'sklep|szkola|szkoła|biuro|apteka|kosciol|kościół|drzwi' },
    { match: '{fam} {broke} ^mi {bodyPart}', category: 'violence_home', gap: 4 },
    { match: 'leci|rzuca ^sie|się? z lapami|łapami|lapskami|łapskami|piesciami|pięściami', category: 'violence_home' },
    { match: 'dostaje|dostaję|dostalam|dostałam|dostalem|dostałem|dostane|dostanę po ^twarzy|pysku|mordzie|ryju|gebie|gębie', category: 'violence_home' },
    { match: '{hit} mnie ^pasem|paskiem|kablem|kijem|reka|ręką|piescia|pięścią', category: 'violence_home' },
    { match: 'mnie {hit} ^pasem|paskiem|kablem|kijem|reka|ręką|piescia|pięścią', category: 'violence_home' },
    // Threats: death wished in a message, a place known, being followed, a way out only in a bag.
    { match: 'zdechniesz|zginiesz|zdychaj', category: 'threat', unless: 'grze|gra|gry|meczu|zadanie' },
    { match: 'jestes|jesteś ^juz? trupem|martwy|martwa', category: 'threat', unless: 'grze|gra|gry|meczu|zadanie|haha|xd' },
    { match: 'wiemy|wiedza|wiedzą gdzie mieszkasz|trenujesz|pracujesz|chodzisz|uczysz|spisz|śpisz|mieszka|mieszkają|mieszkaja', category: 'threat' },
    { match: 'ktos|ktoś|typ|facet|gosc|gość|koles|koleś|mezczyzna|mężczyzna|samochod|samochód|auto ^za ^mna|mną chodzi|jezdzi|jeździ|lazi|łazi', category: 'threat', gap: 4 },
    { match: 'chodzi|jezdzi|jeździ|lazi|łazi za ^mna|mną ^od|juz|już|caly|cały|codziennie|do', category: 'threat' },
    {
      match: 'odejsc|odejść|wyjsc|wyjść|wyjdziesz|odejdziesz|wyniosa|wyniosą|skonczysz|skończysz|wrocisz|wrócisz w ^worku|trumnie|kawalkach|kawałkach',
      category: 'threat',
      gap: 6,
    },
    { match: 'chyba ze|że w ^worku|trumnie', category: 'threat' },
    { match: 'pisne|pisnę|pisniesz|piśniesz|pisnie|piśnie|pisniecie', category: 'threat' },
    { match: '{waitV} z ^{weaponI}', category: 'threat', gap: 5 },
    // Nowhere to sleep: put out, locks changed, riding night buses, squatting in stairwells.
    { match: 'kazal|kazał|kazala|kazała|kazali ^mi? sie|się wynosic|wynosić|wyniesc|wynieść|spadac|spadać|wypierdalac|wypierdalać', category: 'homeless_runaway', unless: 'kuchni|lazienki|łazienki|salonu|stolu|stołu|telewizora' },
    { match: 'wynos|wynoś|wypierdalaj ^sie|się ^z domu|stad|stąd', category: 'homeless_runaway' },
    { match: 'zmienili|zmienil|zmienił|zmienila|zmieniła|wymienili|wymienil|wymienił zamki|zamek', category: 'homeless_runaway', unless: 'szkole|szkoła|szkoly|biurze|szafce|rowerze|auto|samochodzie' },
    { match: 'wywalili|wyrzucili|wykopali|wywalil|wywalił|wyrzucil|wyrzucił mnie z pokoju|mieszkania|kwatery|stancji|akademika|hostelu|chaty', category: 'homeless_runaway' },
    {
      match: 'mnie wyrzucaja|wyrzucają|eksmituja|eksmitują|wywalaja|wywalają',
      category: 'homeless_runaway',
      unless: 'szkoly|szkoły|pracy|klasy|grupy|lekcji|zajec|zajęć|druzyny|drużyny|czatu|sklepu|klubu|roboty|uczelni|studiow|studiów',
    },
    { match: 'zeby|żeby|by nie spac|spać|nocowac|nocować na ^dworze|ulicy|dworcu|ławce|lawce', category: 'homeless_runaway' },
    { match: 'nocnymi|nocnym autobusami|autobusem|tramwajami|tramwajem do ^rana', category: 'homeless_runaway', gap: 4 },
    { match: 'nie mam gdzie|dokad|dokąd ^isc|iść|pojsc|pójść|wrocic|wrócić|uciec', category: 'homeless_runaway', level: 'unclear' },
    // A few nights somewhere: "moge gdzies przenocowac pare dni?".
    { match: 'przenocowac|przenocować|przekimac|przekimać|przespac|przespać ^sie|się? gdzies|gdzieś|pare|parę|kilka dni|nocy', category: 'homeless_runaway', level: 'unclear', unless: 'babci|dziadkow|dziadków|wakacj*|ferie|ferii|przyjade|przyjadę|przyjedziemy' },
    { match: 'nie mam gdzie|dokad|dokąd ^sie|się ^podziac|podziać', category: 'homeless_runaway' },
    // Nowhere to go tonight: "nie mam gdzie iść wieczorem".
    { match: 'nie mam gdzie|dokad|dokąd ^isc|^iść|^pojsc|^pójść|^spac|^spać dzis|dziś|dzisiaj|wieczorem|noc|nocy', category: 'homeless_runaway' },
    { match: 'spie|śpię|nocuje|nocuję|spalam|spałam|spalem|spałem u ^roznych|różnych|kolejnych', category: 'homeless_runaway', unless: 'wakacj*|kuzyn*|ferie|ferii|wyjazd*|wycieczk*' },
    {
      match: 'mieszkam|zyje|żyję|spie|śpię|nocuje|nocuję w ^samochodzie|aucie|piwnicy|pustostanie|altanie|altance',
      category: 'homeless_runaway',
      unless: 'festiwal*|wakacj*|biwak*|oboz*|obóz|wycieczk*',
    },
    { match: 'nie daje rady $', category: 'suicide', level: 'unclear' },
    { match: 'nie daje ^juz? rady ^ze|^z wszystkim|zyciem', category: 'suicide', level: 'unclear' },
    { match: 'mnie juz|już ^pewnie? ^chyba? nie bedzie|będzie', category: 'suicide', level: 'unclear' },
    // Not in this world: "za tydzien nie bedzie mnie na tym swiecie".
    { match: 'nie ^bedzie|będzie mnie ^juz|już? na ^tym swiecie|świecie', category: 'suicide' },
    { match: 'nie widze|widzę siebie za ^rok|rok|lat', category: 'suicide', level: 'unclear', unless: 'studiach|szkole|kierunku|kierunek|pracy|firmie|zawodzie' },
    { match: 'gdyby|jakby mnie ^juz? nie bylo', category: 'suicide', level: 'unclear' },
    { match: 'lepiej bez mnie', category: 'suicide', level: 'unclear' },
    // Podziękowania i przeprosiny za czas kończą wiele rozmów: niepokój tylko obok innego.
    { match: 'dzieki|dzięki|dziekuje|dziękuję|dzienki|dziekuję za ^po? wszystko', category: 'suicide', level: 'unclear', alongside: true },
    { match: 'przepraszam ze|że zmarnowalam|zmarnowałam|zmarnowalem|zmarnowałem|marnuje|marnuję|marnowalam|marnowałam ^wasz|^twoj|^twój|^pani|^pana? czas', category: 'suicide', level: 'unclear', alongside: true },
    // "Sorry for everything": a worry, as in English and Dutch; beside another one, a goodbye.
    { match: 'przepraszam|przepraszamy|wybacz|wybaczcie ^mi|was|cie|cię|ciebie|wszystkich|pania|panią? ^za ^wszystko', category: 'suicide', level: 'unclear' },
    { match: 'wybacz|wybaczcie ^mi ^wszystko', category: 'suicide', level: 'unclear' },
    { match: 'powiedz|powiedzcie|przekaz|przekaż|przekazcie|przekażcie mamie|tacie|mamy|taty|rodzicom|siostrze|bratu|wszystkim ze|że ja? ja|ją|go|ich|was kocham', category: 'suicide', level: 'unclear' },
    { match: 'mam dosc wszystkiego', category: 'suicide', level: 'unclear' },
    { match: 'chce zniknac', category: 'suicide', level: 'unclear', unless: conceptsPl.getaway },
    { match: 'juz nie moge $', category: 'suicide', level: 'unclear' },
    { match: 'nie moge juz $', category: 'suicide', level: 'unclear' },
  ],
};
