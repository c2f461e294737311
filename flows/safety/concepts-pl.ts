import type { ConceptWords } from './concepts';

/** Polish words per concept, also typed without Polish letters. */
export const conceptsPl: ConceptWords = {
  me: 'mnie|mi|mna|mną',
  self: 'sie|siebie|sobie|soba',
  fam:
    '{fam}|{famGen}|ojczym|ojczyma|tata|taty|tato|tatę|tate|mama|mamy|mame|matka|matki|brat|brata|siostra|siostre|chlopak|chlopaka|maz|meza' +
    '|rodzice|rodzicow|wujek|wujka|dziadek|kuzyn',
  person: '{fam}|on|ona|oni|ktos|typ|facet|gosc|koles|szef|trener|nauczyciel|sasiad',
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
    '|podpali|podpalimy|spali|spalimy',
  jump: 'skocze|skoczyc|skakac|rzuce',
  height: 'most|mostu|dach|dachu|balkon|balkonu|pociag|pociagiem|tory|okna|okno|bloku|wiezowca',
  cut: 'tne|ciac|ciąć|pocielam|pocialem|pociete|pocięte|pociety|tnę|ciete|nacinam|nacielam',
  harm: 'krzywde|krzywdze|krzywdzę|rani|ranie|okaleczam|przypalam|przypalilam' +
    '|przypaliłam|przypalilem|uderzam|drapie|drapię|kaleczę|kalecze|karze|karzę' +
    '|gasze|gaszę|zgasilam|zgasiłam|zgasilem|zgasiłem',
  body: 'rece|ręce|reke|nadgarstki|nadgarstek|nadgarstka|uda|udo|nogi|noge|brzuch|skore|przedramie' +
    '|rekach|rękach|rekami|rękami|nadgarstkach|udach|nogach|ramieniu|ramie|ramię|przedramieniu|skórze|skorze',
  blade: 'zyletka|żyletka|zyletki|zyletka|noz|nożem|nozem|ostrze|szklo',
  again: 'znowu|znow|znów|ponownie|codziennie',
  hit: '{hit}|bije|bija|bil|bila|bili|uderzyl|uderzyla|uderza|kopie|kopnal|pobil|pobila|dusil|dusi|szarpie|leje|lał|lal|spral|sprała|tlucze|tłucze' +
    '|wali|walnal|walnela|walneła|spoliczkowal|spoliczkowala|sprał|pasem|paskiem|piescia|pięścią|kopal|kopala|szarpal|szarpala|popchnal|popchnela' +
    '|pchnal|pchnela|tłukł|tlukl|bijesz|bijąc',
  throw: 'rzuca|rzucil|rzucila|rzucaja',
  fear: 'boje|boję|balam|bałam|balem|strach|przerazona|przerazony|straszno',
  unsafe: 'niebezpiecznie|niebezpieczny|niebezpieczna',
  home: 'dom|domu|domem|domowa',
  quarrel: 'klotnie|kłótnie|klotnia|awantury|awantura|krzyki',
  aggressive: 'agresywny|agresywna|agresywni|przemoc',
  sex: 'seks*|sex*|spala|sypiala|sypiac|sypiać|uprawiac',
  touch: 'dotyka|dotykal|dotykala|macal|maca|obmacuje|obmacywal' +
    '|obmacywał|łapie|lapie|lapał|łapał|klepie|klepał|klepal|przystawia|przystawiał|dobiera|dobierał|molestuje|molestowal|molestował',
  nude: 'nagie|nago|nagich|nagie|nudesy|nudes|rozbierane',
  pics: 'zdjecia|zdjęcia|zdjec|zdjęć|fotki|fotek|filmik|filmiki|nagranie',
  spread: 'wrzuci|wrzucic|rozesle|roześle|opublikuje|udostepni|wszystkim|internet|neta|necie' +
    '|wrzuce|wrzucę|wyśle|wysle|wyślą|wysla|pokaze|pokaże|pokaza|pokażą|rozesla|roześlą|rodzicom|szkole|klasie|grupie|snapie|instagramie',
  force: 'zmusza|zmuszaja|zmusil|zmusila|zmuszal|zmuszony|zmuszona|zmusili' +
    '|siłą|wymusil|wymusił',
  money: 'kase|kasa|kasy|pieniadze|pieniądze|kasę|hajs|forse|zl|zlotych|euro' +
    '|złotych|zł|stowy|stówy|hajsu|tysiąc|tysiac|tysięcy|tysiecy|dlug',
  clients: 'klientow|klientami|klienci|klientów',
  threaten: 'grozi|groza|grozil|grozila|szantaz*|szantażuje|zastrasza',
  weapon: 'noz|nożem|nozem|bron|broń|pistolet|maczeta|noze|noży|nozy|nożami|nozami|noża|noza|maczety|spluwe|spluwa|klame|bronia' +
    '|kosa|kose|kosę|kij|kijem|kije|bejsbol|bejsbolem|siekiera|siekierą|siekiere|pałka|palka|kastet|kastetem|gaz|gazem|maczetą|nozyk|nożyk' +
    '|scyzoryk',
  fetch: 'dopadna|dopadnie|znajda|znajdzie|przyjda',
  come: 'przyjda|przyjdzie|przyjdą',
  marry: 'slub|ślub|slubu|ślubu|wyjsc|malzenstwo|poslubic|ozenic',
  sleep: 'spie|spię|spalam|spalem|spać|spac|nocuje|nocuję|nocowalam|nocowalem' +
    '|przenocowac|przenocować|przespac|przespać|spania|nocleg|noclegu|mieszkac|mieszkać|mieszkam|spałem|spałam',
  rough: 'ulicy|ulicach|dworcu|parku|klatce|samochodzie|aucie|lawce|ławce|dworzec|dworca|pustostanie' +
    '|klatkach|piwnicy|altance|namiocie|kanale|przystanku|autobusie|schodach|schronisku',
  nowhere: 'nigdzie|gdzie' +
    '|kogo',
  kickedOut: 'wyrzucili|wyrzucil|wyrzucila|wywalili|wywalil|wywaliła' +
    '|wyrzuciła|wyrzucą|wyrzuca|wywalą|wygnali|wygonili|wygonil|wykopali',
  ranAway: 'ucieklam|uciekłam|ucieklem|uciekłem|ucieczka|zwialam|zwiałam' +
    '|zwiałem|zwialem|uciekam|uciekne|ucieknę|uciekla|uciekła|uciekl|uciekł',
  night: 'noc|nocy|dzisiaj|nocą',
  room: 'pokoj|pokoju|pokój|lozka|łóżka|lozku',
  pills: 'tabletki|tabletek|tabletke|leki|lekow|leków|pigulki|pigulek|pastylki|pastylek|apap|ibuprom' +
    '|tabletkę|tabletkami|nasenne|nasennych|uspokajajace|uspokajających|antydepresanty|antydepresantow|paracetamol|paracetamolu|ibuprofen' +
    '|ibuprofenu|xanax|relanium|clonazepam|klonazepam',
  many: 'cale|całe|wszystkie|opakowanie|opakowania|duzo|dużo|garsc|garść|paczke' +
    '|cala|całą|calego|całego|listek|listka|blister|kilkanascie|kilkanaście|kilkadziesiat|wszystko',
  swallowed: 'polknelam|połknęłam|polknalem|połknąłem|wzielam|wzięłam|wzialem|lyknelam|łyknęłam|lyknalem|zjadlam' +
    '|wypilam|wypiłam|wypilem|wypiłem|wziąłem|zażyłam|zazylam|zazylem|zażyłem|lyknela|łyknęła|polknela|połknęła|polknal|wcisnelam|wpierdolilam' +
    '|zarzucilam|zarzuciłam|wzial|wziął|wziela|wzięła',
  hoard: 'zbieram|zbieralam|zbierałam|odkladam|odkładam|chowam|uzbieralam',
  wake: 'obudzic|obudzić|dobudzic|budzi',
  drugs: 'narkotyki|dragi|tabletki|extasy|mefedron|alkohol',
  unresponsive: 'nieprzytomny|nieprzytomna|zemdlal|zemdlala|zemdlała|reaguje' +
    '|zemdlał|odplynal|odpłynął|odplynela|odpłynęła|przytomnosc|przytomność|kontaktu',
  breath: 'oddycha|oddychac|oddech|oddychać' +
    '|oddechu|dusi|dusisz' +
    '|oddycham',
  badly: 'dziwnie|ledwo|ciezko|ciężko|slabo' +
    '|mocno|strasznie|tryska',
  bleed: 'krwawi|krwawie|krwawię|krew|krwi' +
    '|krwawienie|krwotok|krwia|krwią|tryska|cieknie',
  poison: 'wybielacz|chemia|trucizna|domestos' +
    '|plynu|płynu|plyn|płyn|chlodnicy|chłodnicy|odmrazacz|antyfryz|kret|kreta|wybielacza|chlor|chloru|rozpuszczalnik|aceton|acetonu|benzyna' +
    '|benzyny|kwas|kwasu|baterie|baterię|bateria|czystosci|czystości|czyszczacy|kwasek|bielinka|bielinki|ace',
  spiked: 'dosypal|dosypali|dosypał|naszprycowal',
  nothing: 'nic',
  sense: 'sensu|sens|sensie',
  disappear: 'zniknac|zniknąć|zniknac',
  trivial: 'nadgodzin*|nadgodzinami|praca|pracy|robota|szef|test|sprawdzian|matmy|matma|kartkowka|kartkówka|zadanie|oceny|ocena|szkola|gra|meczu',
  accident: 'gotowanie|gotowania|kuchni|kuchnia|cebule|przypadkiem|papier|palec|palca|lekarz|szpital',
  owe: 'dlug|dług|dlugi|długi|dluzny|dłużny|dluzna|winien|winna' +
    '|oddam|oddac|oddać|oddasz|splacic|spłacić|splace',
  them: 'go|jego|jej|ich|niego|nia',
  wait: 'czekaja|czekają|czeka|czekali|czekał|czekala|zasadzili|zaczaili' +
    '|śledzi|sledzi|śledzą|sledza|obserwuje|obserwują|pilnuja|pilnują',
  throat: 'gardlo|gardło|szyje|szyję|szyi|gardla|gardła',
  grab: 'dusil|dusi|dusila|scisnal|ścisnął|zlapal|złapał|trzymal|trzymał|chwycil|chwycił',
  scar: 'blizny|blizn|bliznami|rany|ran|ranami|slady|ślady|sladow|siniaki|sińce|since|siniakow|rozciecia|strupy',
  hide: 'rekawy|rękawy|rekawach|rękawach|rekawem|ukrywam|ukryc|ukryć|chowam|zakrywam|zakryc|bluze|bluzę|dlugi|długie|dlugie|widzial|widział|zauwazyl',
  drink:
    'wypil|wypił|wypiła|wypila|wypilam|wypiłam|wypilem|wypiłem|polknal|połknął|polknela|połknęła|napil|napił|napila|napiła|pil|piła|lyknal|łyknął' +
    '|zjadl|zjadł|zjadla|zjadła',
  leisure:
    'wakacje|wakacjach|oboz|obóz|obozie|namiot|biwak|biwaku|festiwal|festiwalu|nocowanko|nocowanka|kuzyna|kuzynki|kuzynów|babci|dziadkow|fajnie' +
    '|super|impreza|imprezie',
  say:
    'mowic|mówić|powiedziec|powiedzieć|powiem|mowie|mówię|mowilam|mówiłam|klamac|kłamać|klamie|kłamię|tlumaczyc|tłumaczyć|opowiadac|mow|mów|mowcie',
  fell:
    'spadlem|spadłem|spadlam|spadłam|spadl|spadł|przewrocilem|przewróciłem|przewrocilam|upadlem|upadłem|upadlam|upadłam' +
    '|poslizgnelam',
  bruise: 'siniaki|siniak|siniakow|siniaków|since|sińce|siniec|podbite|podbitym|limo',
  letter: 'list|listy|liscik|liścik|kartke|kartkę|notatke',
  testament: 'testament|testamentu|pozegnalny|pożegnalny|pozegnalne|pożegnalne|pozegnalnym',
  wrote: 'napisalem|napisałem|napisalam|napisałam|napisal|napisała|zostawilem|zostawiłam|zostawilam',
  tomorrow: 'jutro|dzisiaj|noc|wieczorem',
  see: 'zobaczycie|zobaczysz|zobaczy|zobaczą|widziec|widzieć',
  search: 'szukajcie|szukaj|szukac|szukać|szukaja',
  knows: 'wiedza|wiedzą|wie|wiedzial|wiedział|znaja|znają',
  where: 'gdzie|adres|adresu',
  older: 'facet|mezczyzna|mężczyzna|dorosly|dorosły|starszy|pan|gosc|gość',
  secret: 'tajemnica|tajemnicy|sekret|sekretem',
  eat: 'jesc|jeść|jem|jadlam|jadłam|jadlem|jadłem|jedzenie|jedzenia|posilek|posiłek|zjadlam|zjadłam',
  punish: 'kara|kare|karę|kary|karze|karzę|karac|karać|ukarac',
  deserve: 'zasluguje|zasługuję|zasluzylam|zasłużyłam',
  lock: 'zamyka|zamknal|zamknął|zamknela|zamknęła|zamknieta|zamknięta|zamkniety|zamknięty|zamykaja|zamykają|zamkniecie|zamknie',
  burner: 'papieros|papierosem|papierosa|zapalniczka|zapalniczką|zapalniczke|swieczka|świeczką' +
    '|papierosy',
  must: 'musze|muszę|musialam|musiałam|musialem|musiałem|trzeba',
  here: 'bedzie|będzie|bede|będę|istniec',
  standOn: 'stoje|stoję|siedze|siedzę',
  now: 'teraz|wlasnie|właśnie',
  giveAway: 'rozdalam|rozdałam|rozdalem|rozdałem|oddalam|oddałam|oddalem|rozdaje|rozdaję',
  stuff: 'rzeczy|ciuchy|ubrania|kota|psa|ksiazki|książki',
  away: 'siostrze|bratu|kolezance|koleżance|znajomym|przyjaciolce|przyjaciółce|wszystkim|sasiadce|sąsiadce',
  soon: 'wkrotce|wkrótce|niedlugo|niedługo|dlugo|długo',
  orElse: 'albo|inaczej|jezeli|jeżeli|jesli|jeśli',
};
