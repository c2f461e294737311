import type { ConceptWords } from './concepts';

/** Polish words per concept, also typed without Polish letters. */
export const conceptsPl: ConceptWords = {
  me: 'mnie|mi|mna|mną',
  self: 'sie|siebie|sobie|soba',
  fam:
    '{fam}|{famGen}|ojczym|ojczyma|tata|taty|tato|tatę|tate|mama|mamy|mame|matka|matki|brat|brata|siostra|siostre|chlopak|chlopaka|maz|meza' +
    '|rodzice|rodzicow|wujek|wujka|dziadek|kuzyn' +
    '|ojcem|tatą|tatuś|tatus|mamą|mamusia|matką|bratem|siostrą|ojczymem|mezem|mężem|chłopakiem|chlopakiem|partner|partnera|partnerem|zona|żona' +
    '|dziewczyna|dziewczyny|starego|staremu|starzy|starych',
  person: '{fam}|on|ona|oni|ktos|typ|facet|gosc|koles|szef|trener|nauczyciel|sasiad' +
    '|ochroniarz|ochroniarza|wlasciciel|właściciel|kierownik|szefowa|kucharz|kierowca|wujek|obcy|nieznajomy|typa|gosciu|gościu',
  wish: 'chce|chcialabym|chcialbym|chcialam|chcialem|wole|marze',
  neg: 'nie',
  can: 'moge|mogę',
  death: 'umrzec|umrzeć|zginac|umrę|umre|umarla|umarl|smierc|śmierć',
  live: 'zyc|żyć|zycie|istniec',
  kill: 'zabic|zabić|zabije|zabije|powiesic|powiesze|otruc',
  murder:
    'zabije|zabija|zabiją|zabic|zabic|dzgne|zadzga*|zastrzel*|pobija|pobiją|polamie|połamie|zalatwia|zalatwie|dopadne|dopadna|porznie|potnie' +
    '|pobije|pobiję|dźgnę|zajebie|zajebią|zajebać' +
    '|zajebia|pokroja|pokroją|potna|potną|podpale|podpalę|podpala|podpalą|spale|spalą|spala|zastrzele|zastrzelą|zastrzela|załatwią|wpierdol' +
    '|wpierdolą|wpierdola|oberwiesz|polamia|połamią|zakopie|zakopią|zakopia' +
    '|podpali|podpalimy|spali|spalimy' +
    '|zdechniesz|zginiesz|ubije|ubiję|ubija|ubiją|rozjebie|rozjebię|rozjebia|rozjebią|zapierdole|zapierdolę|zapierdola|zapierdolą|pozałatwia' +
    '|sprzątną|sprzatna|wykończą|wykoncza|wykończę|wykoncze' +
    '|zatluke|zatłukę|zatlucze|zatłucze|zatluka|zatłuką|zakatuje|zakatują|ukatrupi|ukatrupię',
  jump: 'skocze|skoczyc|skakac|rzuce',
  height: 'most|mostu|dach|dachu|balkon|balkonu|pociag|pociagiem|tory|okna|okno|bloku|wiezowca' +
    '|moscie|moście|parkingu|krawedzi|krawędzi|parapecie|torach|wiaduktu|wiadukcie|klifu|skarpy|kladce|kładce',
  cut: 'tne|ciac|ciąć|pocielam|pocialem|pociete|pocięte|pociety|tnę|ciete|nacinam|nacielam' +
    '|ciecia|cięcia|ciecie|cięcie|tnac|tnąc|pocięłam|pociąłem|nacinalam|nacinałam|ciachalam|ciachałam|ciacham' +
    '|tnie|tna|tną|pociela|pocięła|pocial|pociął',
  harm: 'krzywde|krzywdze|krzywdzę|rani|ranie|okaleczam|przypalam|przypalilam' +
    '|przypaliłam|przypalilem|uderzam|drapie|drapię|kaleczę|kalecze|karze|karzę' +
    '|gasze|gaszę|zgasilam|zgasiłam|zgasilem|zgasiłem' +
    '|wbijam|wbilam|wbiłam|wbijalam|wbijałam|wbijalem|wbijałem',
  body: 'rece|ręce|reke|nadgarstki|nadgarstek|nadgarstka|uda|udo|nogi|noge|brzuch|skore|przedramie' +
    '|rekach|rękach|rekami|rękami|nadgarstkach|udach|nogach|ramieniu|ramie|ramię|przedramieniu|skórze|skorze' +
    '|nog|nóg|rąk|rak|palcow|palców|plecach|twarzy|szyi|piersi|klatke',
  blade: 'zyletka|żyletka|zyletki|zyletka|noz|nożem|nozem|ostrze|szklo' +
    '|temperowke|temperówkę|temperowki|temperówki|temperowka|temperówka|zyletke|żyletkę|zyletkami|żyletkami|maszynke|maszynkę|ostrzem|nozykiem' +
    '|nożykiem|scyzorykiem|cyrklem',
  again: 'znowu|znow|znów|ponownie|codziennie',
  hit: '{hit}|bije|bija|bil|bila|bili|uderzyl|uderzyla|uderza|kopie|kopnal|pobil|pobila|dusil|dusi|szarpie|leje|lał|lal|spral|sprała|tlucze|tłucze' +
    '|wali|walnal|walnela|walneła|spoliczkowal|spoliczkowala|sprał|pasem|paskiem|piescia|pięścią|kopal|kopala|szarpal|szarpala|popchnal|popchnela' +
    '|pchnal|pchnela|tłukł|tlukl|bijesz|bijąc' +
    '|popycha|popychal|popychał|popchnął|popchnęła|lała|lala|tłukła|tlukla|okłada|oklada|okladal|okładał|grzmoci|grzmocil|przywalil|przywalił' +
    '|przywalila|kopnela|kopnęła|sprali',
  throw: 'rzuca|rzucil|rzucila|rzucaja',
  fear: 'boje|boję|balam|bałam|balem|strach|przerazona|przerazony|straszno',
  unsafe: 'niebezpiecznie|niebezpieczny|niebezpieczna',
  home: 'dom|domu|domem|domowa',
  quarrel: 'klotnie|kłótnie|klotnia|awantury|awantura|krzyki',
  aggressive: 'agresywny|agresywna|agresywni|przemoc',
  sex: 'seks*|sex*|spala|sypiala|sypiac|sypiać|uprawiac',
  touch: 'dotyka|dotykal|dotykala|macal|maca|obmacuje|obmacywal' +
    '|obmacywał|łapie|lapie|lapał|łapał|klepie|klepał|klepal|przystawia|przystawiał|dobiera|dobierał|molestuje|molestowal|molestował' +
    '|wlozyl|włożył|wlozyla|wkłada|wklada|wkladal|wsadzil|wsadził|wsunal|wsunął',
  nude: 'nagie|nago|nagich|nagie|nudesy|nudes|rozbierane',
  pics: 'zdjecia|zdjęcia|zdjec|zdjęć|fotki|fotek|filmik|filmiki|nagranie' +
    '|film|filmy|filmiku|nagrali|nagral|nagrała|nagrania|screeny|screenshoty|zdjęcie|zdjecie|fotke|fotkę',
  spread: 'wrzuci|wrzucic|rozesle|roześle|opublikuje|udostepni|wszystkim|internet|neta|necie' +
    '|wrzuce|wrzucę|wyśle|wysle|wyślą|wysla|pokaze|pokaże|pokaza|pokażą|rozesla|roześlą|rodzicom|szkole|klasie|grupie|snapie|instagramie' +
    '|krazy|krąży|krążą|kraza|tiktoku|insta|instagram|grupce',
  force: 'zmusza|zmuszaja|zmusil|zmusila|zmuszal|zmuszony|zmuszona|zmusili' +
    '|siłą|wymusil|wymusił',
  money: 'kase|kasa|kasy|pieniadze|pieniądze|kasę|hajs|forse|zl|zlotych|euro' +
    '|złotych|zł|stowy|stówy|hajsu|tysiąc|tysiac|tysięcy|tysiecy|dlug' +
    '|czynsz|czynszu|czynszem|długu|dlugu',
  clients: 'klientow|klientami|klienci|klientów' +
    '|klientom|facetami|faceci|facetow|facetów|mezczyznami|mężczyznami|panami',
  threaten: 'grozi|groza|grozil|grozila|szantaz*|szantażuje|zastrasza' +
    '|grożą|grożąc|grozac|grozili|grozily|straszy|strasza|straszą|straszyli|straszył|straszyl|zastraszają|zastraszyli|szantazuja|szantażują',
  weapon: 'noz|nożem|nozem|bron|broń|pistolet|maczeta|noze|noży|nozy|nożami|nozami|noża|noza|maczety|spluwe|spluwa|klame|bronia' +
    '|kosa|kose|kosę|kij|kijem|kije|bejsbol|bejsbolem|siekiera|siekierą|siekiere|pałka|palka|kastet|kastetem|gaz|gazem|maczetą|nozyk|nożyk' +
    '|scyzoryk' +
    '|kijami|kija|bejsbolowym|bejsbolowym|klamke|klamkę|klamka|gnata|gnat|giwere|giwerę|spluwą|kosą',
  fetch: 'dopadna|dopadnie|znajda|znajdzie|przyjda',
  come: 'przyjda|przyjdzie|przyjdą|wrocil|wrócił|wrocila|wróciła|wrocili|wrócili',
  marry: 'slub|ślub|slubu|ślubu|wyjsc|malzenstwo|poslubic|ozenic|maz|mąż',
  sleep: 'spie|spię|spalam|spalem|spać|spac|nocuje|nocuję|nocowalam|nocowalem' +
    '|przenocowac|przenocować|przespac|przespać|spania|nocleg|noclegu|mieszkac|mieszkać|mieszkam|spałem|spałam' +
    '|koczuje|koczuję|koczowalam|koczowałam|koczowalem|koczowałem|koczujemy|koczować|koczowac|nocowałam|nocowałem|przespałam|przespałem|przespalam' +
    '|przespalem|spędziłam|spedzilam|spedzilem|spędziłem' +
    '|spedze|spędzę',
  rough: 'ulicy|ulicach|dworcu|parku|klatce|samochodzie|aucie|lawce|ławce|dworzec|dworca|pustostanie' +
    '|klatkach|piwnicy|altance|namiocie|kanale|przystanku|autobusie|schodach|schronisku' +
    '|schodowych|schodowej|dworze|pralni|myjni|mcdonaldzie|pustostanach|kontenerze|mostem|przejsciu|przejściu|podziemnym|tramwaju|nocnym|nocnych' +
    '|nocnymi',
  nowhere: 'nigdzie|gdzie' +
    '|kogo',
  kickedOut: 'wyrzucili|wyrzucil|wyrzucila|wywalili|wywalil|wywaliła' +
    '|wyrzuciła|wyrzucą|wyrzuca|wywalą|wygnali|wygonili|wygonil|wykopali' +
    '|wyrzucaja|wyrzucają|eksmituja|eksmitują',
  ranAway: 'ucieklam|uciekłam|ucieklem|uciekłem|ucieczka|zwialam|zwiałam' +
    '|zwiałem|zwialem|uciekam|uciekne|ucieknę|uciekla|uciekła|uciekl|uciekł',
  night: 'noc|nocy|dzisiaj|nocą',
  room: 'pokoj|pokoju|pokój|lozka|łóżka|lozku',
  pills: 'tabletki|tabletek|tabletke|leki|lekow|leków|pigulki|pigulek|pastylki|pastylek|apap|ibuprom' +
    '|tabletkę|tabletkami|nasenne|nasennych|uspokajajace|uspokajających|antydepresanty|antydepresantow|paracetamol|paracetamolu|ibuprofen' +
    '|ibuprofenu|xanax|relanium|clonazepam|klonazepam' +
    '|tabsy|tabsow|tabsów|tabsami|prochy|prochow|prochów|prochami|psychotropy|lekami|benzo',
  many: 'cale|całe|wszystkie|opakowanie|opakowania|duzo|dużo|garsc|garść|paczke' +
    '|cala|całą|calego|całego|listek|listka|blister|kilkanascie|kilkanaście|kilkadziesiat|wszystko',
  swallowed: 'polknelam|połknęłam|polknalem|połknąłem|wzielam|wzięłam|wzialem|lyknelam|łyknęłam|lyknalem|zjadlam' +
    '|wypilam|wypiłam|wypilem|wypiłem|wziąłem|zażyłam|zazylam|zazylem|zażyłem|lyknela|łyknęła|polknela|połknęła|polknal|wcisnelam|wpierdolilam' +
    '|zarzucilam|zarzuciłam|wzial|wziął|wziela|wzięła',
  hoard: 'zbieram|zbieralam|zbierałam|odkladam|odkładam|chowam|uzbieralam' +
    '|zbieralem|zbierałem|odkladalam|odkładałam|odkladalem|uzbieralem|uzbierałam|uzbierałem|chomikuje|chomikuję|gromadze|gromadzę|uzbierane|uzbierany|uzbieranych|odlozone|odłożone|schowane',
  wake: 'obudzic|obudzić|dobudzic|budzi',
  drugs: 'narkotyki|dragi|tabletki|extasy|mefedron|alkohol' +
    '|kreski|kreskach|kreske|kreskę|kresce|koks|koksu|koksie|kokaina|kokainy|speed|speedzie|speeda|fete|fetę|fety|feta|amfa|amfy|amfe|amfę|mdma' +
    '|emka|emki|piguly|piguły|pigule|pigułę|grzyby|grzybach|grzybkach|lsd|kwasie|dopalacze|dopalaczach|dopalacz|mefa|mefedronu|gbl|xtc|ecstasy' +
    '|ekstazy|hera|heroina|heroiny' +
    '|towar|towaru|towarze|towarem',
  unresponsive: 'nieprzytomny|nieprzytomna|zemdlal|zemdlala|zemdlała|reaguje' +
    '|zemdlał|odplynal|odpłynął|odplynela|odpłynęła|przytomnosc|przytomność|kontaktu' +
    '|kontaktuje|omdlal|omdlała|omdlala',
  breath: 'oddycha|oddychac|oddech|oddychać' +
    '|oddechu|dusi|dusisz' +
    '|oddycham',
  badly: 'dziwnie|ledwo|ciezko|ciężko|slabo' +
    '|mocno|strasznie|tryska',
  bleed: 'krwawi|krwawie|krwawię|krew|krwi' +
    '|krwawienie|krwotok|krwia|krwią|tryska|cieknie',
  poison: 'wybielacz|chemia|trucizna|domestos' +
    '|plynu|płynu|plyn|płyn|chlodnicy|chłodnicy|odmrazacz|antyfryz|kret|kreta|wybielacza|chlor|chloru|rozpuszczalnik|aceton|acetonu|benzyna' +
    '|benzyny|kwas|kwasu|baterie|baterię|bateria|czystosci|czystości|czyszczacy|kwasek|bielinka|bielinki|ace' +
    '|udrazniacz|udrażniacz|udrazniacza|udrażniacza|rur|esencje|esencję|wybielaczem|kapsulke|kapsułkę|kapsulki',
  spiked: 'dosypal|dosypali|dosypał|naszprycowal',
  nothing: 'nic',
  sense: 'sensu|sens|sensie',
  disappear: 'zniknac|zniknąć|zniknac' +
    '|znikne|zniknę',
  trivial: 'zdam|zdac|zdal|zdala|oblam|oblal|oblala|obleje|sesje|sesja|ktorej|polnocy|spoznie|spoznic|spozniony|spozniona|spoznienie|konto|chatbot|pytan|impreza|imprezy|urodziny|urodzin|wesele|wesela|upal|upał|upale|upały|upaly|zimno|klimy|klima|holenderski|holenderskiego|holenderskim|jezyk|język|zaspie|zaspię|zaspalam|zaspałam|zaspalem|kawa|kawy|nadgodzin*|nadgodzinami|praca|pracy|robota|szef|test|sprawdzian|matmy|matma|kartkowka|kartkówka|zadanie|oceny|ocena|szkola|gra|meczu' +
    '|kolos|kolokwium|matura|maturka|sesja|egzamin|egzaminy|legia|lech|mecz|autobus|korek|korku|spoznienie|spóźnienie|spozniony|spóźniony|matme|matmy|matematyka|matematyki|jedynka|jedynke|obleje|oblal|oblala|spoznie|spoznilam|spoznilem|kolejka|wifi|excel|swiadectwo|cv|kurs|kursie|rachunek|formularz|digid|nudy|nudow|nuda|chleb|bluzy|bluza|lekcje|lekcji|roboty|urodziny',
  accident: 'naczynia|zmywanie|zmywalam|zmywałam|zmywarka|gotowanie|gotowania|kuchni|kuchnia|cebule|przypadkiem|papier|palec|palca|lekarz|szpital',
  owe: 'dlug|dług|dlugi|długi|dluzny|dłużny|dluzna|winien|winna' +
    '|oddam|oddac|oddać|oddasz|splacic|spłacić|splace',
  them: 'go|jego|jej|ich|niego|nia',
  wait: 'czekaja|czekają|czeka|czekali|czekał|czekala|zasadzili|zaczaili' +
    '|śledzi|sledzi|śledzą|sledza|obserwuje|obserwują|pilnuja|pilnują' +
    '|czekała|czekały|pilnowali|śledził|sledzil|śledziła|sledzila',
  throat: 'gardlo|gardło|szyje|szyję|szyi|gardla|gardła',
  grab: 'dusil|dusi|dusila|scisnal|ścisnął|zlapal|złapał|trzymal|trzymał|chwycil|chwycił',
  scar: 'blizny|blizn|bliznami|rany|ran|ranami|slady|ślady|sladow|siniaki|sińce|since|siniakow|rozciecia|strupy' +
    '|bliznach|sladami|śladami|rozcięcia',
  hide: 'rekawy|rękawy|rekawach|rękawach|rekawem|ukrywam|ukryc|ukryć|chowam|zakrywam|zakryc|bluze|bluzę|dlugi|długie|dlugie|widzial|widział|zauwazyl' +
    '|bandaz|bandaż|bandazem|bandażem|bandaże|plastry|plastrem|rekawiczki|zasłaniam|zaslaniam|bransoletki|opaski',
  drink:
    'wypil|wypił|wypiła|wypila|wypilam|wypiłam|wypilem|wypiłem|polknal|połknął|polknela|połknęła|napil|napił|napila|napiła|pil|piła|lyknal|łyknął' +
    '|zjadl|zjadł|zjadla|zjadła',
  animal: 'kot|kota|kotka|kotek|pies|psa|psem|krolik|królik|kon|koń|zwierzat|zwierzęta|zwierząt|psow|psów|kotow|kotów|psy|koty',
  leisure:
    'bungee|bungeejumping|bungy|benji|lot|lotu|samolot|samolotu|opozniony|opóźniony|opoznienie|opóźnienie|przesiadka|odwolany|odwołany|wakacje|wakacjach|oboz|obóz|obozie|namiot|biwak|biwaku|festiwal|festiwalu|nocowanko|nocowanka|kuzyna|kuzynki|kuzynów|babci|dziadkow|fajnie' +
    '|super|impreza|imprezie|hostel*|hotel*|festiwal*|namiot*|koncert*',
  say:
    'mowic|mówić|powiedziec|powiedzieć|powiem|mowie|mówię|mowilam|mówiłam|klamac|kłamać|klamie|kłamię|tlumaczyc|tłumaczyć|opowiadac|mow|mów|mowcie' +
    '|powiedzialam|powiedziałam|powiedzialem|powiedziałem|mowilem|mówiłem|wmawiam|tłumaczę|tlumacze',
  fell:
    'spadlem|spadłem|spadlam|spadłam|spadl|spadł|przewrocilem|przewróciłem|przewrocilam|upadlem|upadłem|upadlam|upadłam' +
    '|poslizgnelam' +
    '|wywalilam|wywaliłam|wywalilem|wywaliłem|wyjebalam|wyjebałam|wyjebalem|wyjebałem|przewróciłam|uderzylam|uderzyłam|uderzylem|uderzyłem' +
    '|walnelam|walnęłam',
  bruise: 'siniaki|siniak|siniakow|siniaków|since|sińce|siniec|podbite|podbitym|limo' +
    '|sińcami|sincami|siniakami|sinaki|sinak|podbita|limem|rozcieta|rozcięta|rozciety|rozcięty',
  workmates: 'ekipy|ekipa|ekipie|wspolpracownikow|współpracowników|kolegow|kolegów|pracy|praca|szef|szefa',
  creditor: 'wlasciciel|właściciel|czynsz|czynszem|czynszu|komornik|komornika|komornikiem|sad|sąd|sadem|sądem|mandat|cjib|incasso|deurwaarder|eksmisja|eksmisją|eksmisje|pensje|pensję|belastingdienst|aanmaning|odholuja|odholuje|odholowac|odholowali|odholowanie|holownik|straz|straż|parkingowy',
  letter: 'list|listy|liscik|liścik|kartke|kartkę|notatke',
  testament: 'testament|testamentu|pozegnalny|pożegnalny|pozegnalne|pożegnalne|pozegnalnym',
  wrote: 'napisalem|napisałem|napisalam|napisałam|napisal|napisała|zostawilem|zostawiłam|zostawilam',
  tomorrow: 'jutro|dzisiaj|noc|wieczorem',
  see: 'zobaczycie|zobaczysz|zobaczy|zobaczą|widziec|widzieć',
  search: 'szukajcie|szukaj|szukac|szukać|szukaja',
  knows: 'wiedza|wiedzą|wie|wiedzial|wiedział|znaja|znają' +
    '|wiemy|wiecie',
  where: 'gdzie|adres|adresu' +
    '|mieszkasz|trenujesz|pracujesz|chodzisz|uczysz',
  older: 'facet|mezczyzna|mężczyzna|dorosly|dorosły|starszy|pan|gosc|gość',
  secret: 'tajemnica|tajemnicy|sekret|sekretem',
  eat: 'jesc|jeść|jem|jadlam|jadłam|jadlem|jadłem|jedzenie|jedzenia|posilek|posiłek|zjadlam|zjadłam' +
    '|glodze|głodzę|glodzilam|głodziłam|glodzilem|głodziłem|glodzic|głodzić|glodowke|głodówkę|glodowka|głodówka',
  punish: 'kara|kare|karę|kary|karze|karzę|karac|karać|ukarac',
  onPurpose: 'specjalnie|celowo|naumyslnie|umyslnie',
  recent: 'wczoraj|przedwczoraj|dzisiaj|dzis|dziś|godzine|godzinę|minut|chwila|chwilą',
  diet: 'miesa|mięsa|mieso|wegetarianka|wegetarianinem|weganka|weganinem|ramadan|post|poscie|poście|badanie|badania',
  slimming: 'dieta|diecie|diete|dietę|cukru|slodyczy|słodyczy|schudnac|schudnąć|kalorii|wagi',
  did: 'zrobilam|zrobilem|zrobiłam|zrobiłem|zrobilam',
  ashamed: 'wstyd|wstydze|wstydzę|wstydu',
  deserve: 'zasluguje|zasługuję|zasluzylam|zasłużyłam',
  lock: 'zamyka|zamknal|zamknął|zamknela|zamknęła|zamknieta|zamknięta|zamkniety|zamknięty|zamykaja|zamykają|zamkniecie|zamknie' +
    '|zamykam|zamykała|zamykał|zamkneli|zamknęli|zamkneła|wypuszcza|wypuscil|wypuścił|wypuscili|wypuścili|wypuszczaja|wypuszczają',
  burner: 'papieros|papierosem|papierosa|zapalniczka|zapalniczką|zapalniczke|swieczka|świeczką' +
    '|papierosy' +
    '|fajki|fajke|fajkę|fajka|fajkami|fajką|peta|petem|szluga|szlugi|szlugiem',
  must: 'musze|muszę|musialam|musiałam|musialem|musiałem|trzeba' +
    '|kazał|kazała|kazali|każe|kaze',
  here: 'bedzie|będzie|bede|będę|istniec' +
    '|będziecie|istnial|istniał',
  standOn: 'stoje|stoję|siedze|siedzę|stoi|stoja|stoją' +
    '|ide|idę|jade|jadę|wchodze|wchodzę|weszlam|weszłam|wszedlem|wszedłem',
  schoolYears: 'podstawowce|podstawówce|podstawowki|liceum|technikum|gimnazjum|gimbie|gimbazie|klasie|nastolatka|nastolatkiem',
  lifeNow: 'studiuje|studiuję|studia|studiach|technikum|praca|pracuje|pracuję|pracy|staz|staż|praktyki|dyplom|zdrowa|zdrowy|szczesliwa|szczęśliwa|szczesliwy|szczęśliwy|dobrze|lepiej|super|spokoj|spokój|spokojnie|bezpieczna|bezpieczny|mieszkanie|terapia|zaczynam|ok|okej',
  hours: 'godzina|godzine|godzinę|godziny|godzin|minut|minuty|minute|minutę',
  still: 'nadal|wciaz|wciąż|ciagle|ciągle|dalej|stale',
  now: 'teraz|wlasnie|właśnie|obecnie|aktualnie' +
    '|zaraz|dzis|dziś|dzisiaj',
  giveAway: 'rozdalam|rozdałam|rozdalem|rozdałem|oddalam|oddałam|oddalem|rozdaje|rozdaję',
  stuff: 'rzeczy|ciuchy|ubrania|kota|psa|ksiazki|książki',
  away: 'siostrze|bratu|kolezance|koleżance|znajomym|przyjaciolce|przyjaciółce|wszystkim|sasiadce|sąsiadce',
  soon: 'wkrotce|wkrótce|niedlugo|niedługo|dlugo|długo' +
    '|krotko|krótko',
  orElse: 'albo|inaczej|jezeli|jeżeli|jesli|jeśli',
  relapse: 'nawrot|nawrót|wrocilam|wróciłam|wrocilem|wróciłem|zlamalam|złamałam|zlamalem|złamałem',
  symptom: 'dretwieje|drętwieje|dretwieja|drętwieją|zdretwiala|kluje|kłuje|mdleje|mdleję|halucynacje|podwojnie|podwójnie|sinieje|sinieją|sine|drgawki|dusi|kołacze|kolacze|sztywnieje|sinieja' +
    '|siny|sina',
  feel: 'czuje|czuję|czuc|czuć|czujesz',
  seizure: 'drgawki|drgawek|drgawkami|padaczk*|padaczka|padaczki|epilepsj*|atak|ataki|ataków|atakow|napad|napady|trzęsie|trzesie|piana|piane|pianę|konwulsje',
  goodbye: 'zegnajcie|żegnajcie|zegnam|żegnam|zegnaj|żegnaj|pozegnanie|pożegnanie',
  answer: 'odpisuje|odpisuję|odbiera|odbiera|czyta|online|telefonu',
  others: 'facetami|faceci|facetow|facetów|mezczyznami|mężczyznami',
  lash: 'pasek|paskiem|pasem|kabel|kablem|kijem|kapciem',
  kin: 'ojciec|ojca|tata|taty|tato|tatuś|tatus|stary|starzy|starego|mama|mamy|matka|matki|mamusia|stara|starej|rodzice|rodzicow|rodziców|ojczym|macocha|brat|brata|siostra|siostry|dziadek|babcia|babka|wujek|ciocia|kuzyn|kuzynka|kumpel|kumpela|przyjaciel|przyjaciolka|przyjaciółka|ziomek|ziomal|nauczyciel|nauczycielka|wychowawczyni|wychowawca|szef|szefowa|kierownik|trener',
  honour: 'chlopak|chłopak|chlopaka|chłopaka|chlopakiem|chłopakiem|dziewczyna|dziewczyne|dziewczynę|zwiazek|związek|randka|randke|gej|gejem|lesbijka|bi|trans|ciazy|ciąży|ciaza|ciąża|dziewica|dziewictwo|honor|honoru|wstyd|hanba|hańba|chusta',
  tried: 'probowal|próbował|probowala|próbowała|prawie|omal',
  theirs: 'jego|jej|ich',
  indoors: 'kuchni|salonu|grupy|czatu|klasy|druzyny|drużyny|serwera',
  dwelling: 'mieszkanie|pokoj|pokój|kawalerke|kawalerka|kawalerkę|dom|studio',
  laughing: 'smiechu|śmiechu|smieje|śmieję|smieszne|śmieszne|mem|memy|memem',
  getaway: 'wyspe|wyspie|wakacje|urlop|kolderke|koldra|kołdrą',
  hiding: 'chowamy|chowam|schowalam|schowałam|schowalem|schowałem|ukrywam|ukrywamy|zamknelam|zamknęłam|zamknalem|zamknąłem|zamknelismy|zamknęliśmy|zabarykadowalam',
  raging: 'krzyczy|wrzeszczy|wali|dobija|kopie|rzuca|pijany|pijana|najebany|rozwala|wywaza|wyważa|szaleje|wscieka|wścieka',
  remedy: 'alergia|alergie|alergii|alergiczne|katar|sienny|siennego|przeziebienie|przeziębienie|grype|grypę|zyrtec|antyhistamin*|przepisane|przepisal|przepisał',
  firstAid: 'ehbo|bhv|pierwszej',
  inKind: 'odwdzieczyc|odwdzięczyć|odwdziecze|odwdzięczę|odwdzieczala|odpracowac|odpracować',
  passport: 'paszport|paszportu|paszporty|dowod|dowód',
  confiscated: 'zabrali|zabral|zabrał|zabrala|zabrała|odebrali|schowali|trzymaja|trzymają',
  everyone: 'wszyscy|wszystkim|wszystkich|kazdy|każdy|kazdemu|każdemu|rodzina|rodzinie|swiat|świat|swiatu|światu|im|wam',
  betterOff: 'lepiej|lepsze|lepszy|szczesliwsi|szczęśliwsi|latwiej|łatwiej',
  without: 'bez|beze',
  elsewhere: 'wycieczke|wycieczkę|wycieczka|wycieczce|wycieczki|wakacje|wakacjach|urlop|urlopie|wyjazd|wyjazdzie|wyjezdzam|wyjeżdżam|podroz|podróż|dentysty|dentysta|oboz|obóz|praktyki|lot|przeprowadzam|przeprowadzamy|przeprowadzka|przeprowadzke|przeprowadzkę',
  putIn: 'wrzucil|wrzucił|dosypal|dosypał|dodal|dodał|wsypal|wsypał',
  rope: 'sznur|sznurek|line|linę|lina|petla|pętla|petle|pętlę',
  chose: 'wybralam|wybrałam|wybralem|wybrałem|ustalilam|ustaliłam|zdecydowalam|zdecydowałam',
  day: 'date|datę|data|dzien|dzień',
  something: 'cos|coś|cokolwiek|tabletki|prochy|proszek',
};
