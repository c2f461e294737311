import type { ConceptWords } from './concepts';

/**
 * Turkish words per concept, also typed without Turkish letters. Turkish puts "me" and "not" inside
 * the verb ("dövüyor beni", "istemiyorum"), so a verb form may stand for two concepts at once.
 */
export const conceptsTr: ConceptWords = {
  me: 'beni|bana|bende|benim|dovuyor*|dovdu*',
  self: 'kendimi|kendime|kendimden|kendini|kendine|kendisini',
  fam:
    '{fam}|babam|annem|abim|ablam|kardesim|amcam|dayim|teyzem|halam|kocam|sevgilim|erkekarkadasim|ailem|uvey|uvey*|babamlar|annemler|ailem' +
    '|anneannem|dedem|kuzenim',
  person: '{fam}|biri|birisi|adam|o|onlar|cocuk|hocam|patron|komsu',
  wish: '{want}|istiyorum|istiyom|istiyo|isterim|istedim|keske|keşke',
  neg: 'istemiyorum|istemiyom|istemiyo|degil|degilim|yok|hic',
  death: 'olmek|olmeyi|olsem|oleyim|olum|olume|olmem|olsun|geberm*|gebermek',
  live: 'yasamak|yasamayi|yasamak|yasamiyorum|yasam',
  kill: 'oldur*|oldurecegim|oldurmek|asacagim|asmak|asarim|asmayi|asmaya|asicam|asacag*|kiyacag*|kiycam|kiyasim|bitirmek|bitirecegim|kiymak|kiyacagim',
  murder:
    'olduru*|oldurecek*|oldurcek|oldurur|bicaklayacak*|vuracak*|keserim|kesecek*|gebertecek*|gebertirim|oldurc*|oldurec*|oldurucek*|oldurcem' +
    '|gebert*|dovecek*|dovcek*|dovucek*|doverim|bicaklar*|bicaklayac*|vurcak*|vuracag*|kesecem|kescem|yakacak*' +
    '|oldururuz|oldururum|olduruce*|oldurur*|bicaklarim|bicaklicak*|vurucak*|gebertir*|gomerim|gomeriz|kiracak*|kiricak*|kesicek*' +
    '|bicaklicam|bicaklayacagim|oldurecegim|vurcam|vuracagim',
  jump: 'atlayacagim|atlamak|atlarim|atlayip|atlicam',
  height: 'kopru|kopruden|cati|catidan|balkon|balkondan|tren|metro|bina|binadan|pencereden',
  cut: 'kes*|kestim|kesiyorum|jilet*|jiletle|jiletledim|cizdim|ciziyorum',
  harm: 'zarar|yaktim|yakiyorum|yakarim|acitiyorum' +
    '|dovuyorum|yumrukluyorum|tirmaliyorum|isiriyorum|cezalandiriyorum|yakiyom|dagliyorum',
  body: 'kol|kolum|kollarim*|kollarimi|bilegim*|bileklerim*|bacak*|bacaklarimi|karn*',
  blade: 'jilet|jiletle|bicak|bicakla|cam',
  again: 'yine|tekrar|hep|her',
  hit: 'dov*|dovdu|dovuyor*|vur*|vurdu|vuruyor|tokat*|tekme*|itekliyor|bogazimi|sikiyor|dayak' +
    '|doverdi|dovecek*|dovcek*|doverler|dovmeye|tokatliyor|tokatladi|tokat|yumrukluyor|yumrukladi|yumruk|yumrukla|kemerle|sopayla|terlikle|itiyor!' +
    '|itti!|itekledi|tekmeledi|tekmeliyor|vuruyo',
  throw: 'firlatti|firlatiyor|atti|atiyor',
  fear: 'korkuyorum|korkuyom|korkarim|korktum|korku|korkunc',
  unsafe: 'guvensiz|tehlike*',
  home: 'ev|eve|evde|evden|evim|evimiz',
  quarrel: 'kavga|kavgalar|bagiris*',
  aggressive: 'agresif|saldirgan|siddet',
  sex: 'seks|sex|yatmak|yatmami|yatmam|iliski*',
  touch: 'dokunuyor|dokundu|dokunmak|taciz*' +
    '|elliyor|elledi|ellemek|sarkintilik|tacizde|dokunmaya|dokunuyo|mıncıklıyor|sarkiyor',
  nude: 'ciplak|nude|nudes|mustehcen',
  pics: 'foto*|resim*|video*|goruntu*',
  spread: 'yayacak*|yaymak|paylasacak*|paylasmak|internete|herkese|gondermek|atacak*' +
    '|yollarim|yollayacak*|atarim|koyacak*|paylasirim|yayarim|okula|aileme|ailene|gonderecek*|gondericek*',
  force: 'zorla|zorluyor|zorladi|zorunda|mecbur' +
    '|zorlar|zorlayarak',
  money: 'para|parayla|parasi|euro' +
    '|lira|tl',
  clients: 'musteri*',
  threaten: 'tehdit*|santaj*',
  weapon: 'bicak|bicakla|silah|silahla|tabanca|bicagi|bicaklar*|bicakli|silahi|silahli*|silahlar*|tabancasi|tabancali|satir|musta|sustali' +
    '|sopa|sopayla|beyzbol|kama|pala|satirla|biçakla|tabancayla|silahini',
  fetch: 'gelecek*|gelecekler|bulacak*|gelcek*|bulcak*|bulucak*|alacak*|bekliyo*' +
    '|bulurum|buluruz|bulucam|bulacagim',
  come: 'gelecek*|gelecekler|geliyor*',
  marry: 'evlendir*|evlenmeye|evlenmemi|evlenmek|evlenmem|evlilik|nikah|gorucu*|kuma',
  sleep: 'uyu*|uyuyorum|uyudum|yatiyorum|kaliyorum|kaldim|geceliyorum' +
    '|kalacak|kalacagim|kalacak*|yatacak|yatacagim|uyuyacak|uyuyacagim|geceleyecek|kalicak|kalcak',
  rough: 'sokak*|sokakta|parkta|istasyonda|arabada|disarida|merdivende' +
    '|bankta|otogarda|garda|metroda|sokaklarda|disarda|caddede',
  nowhere: 'hicbir|yerim',
  out: 'evden|disari|disariya',
  kickedOut: 'kovdu*|kovul*|atti*|atildim' +
    '|kovdular|kovuldum|kovacak*',
  ranAway: 'kactim|kacti|kaçtım|kacmak|kaciyorum!' +
    '|kacip|kactik|kacarak',
  night: 'gece|geceleri|bugece|aksam',
  room: 'oda|odama|odamda|yatak|yatagima',
  pills: 'hap|hapi|haplar*|ilac*|ilaclari|parol|antidepresan' +
    '|uyku|haplari|ilaclarimi|xanax|lustral|prozac|parasetamol',
  many: 'cok|fazla|butun|tum|kutu|kutusunu|paket|hepsini|hepsi',
  swallowed: 'yuttum|ictim|aldim|yutmus*' +
    '|icdim|attim',
  hoard: 'biriktirdim|biriktiriyorum|sakladim|topladim',
  wake: 'uyandiramiyorum|uyandiramiyoruz|uyanmiyor',
  unresponsive: 'bayildi|bayildim|kendinde|uyanmiyor|tepki' +
    '|baygin|bayilmis|kendinden',
  breath: 'nefes' +
    '|solumuyor|nefessiz|nefesi',
  badly: 'alamiyor*|almiyor|zor|garip' +
    '|durmuyor|durmadan|siddetli|fiskiriyor',
  bleed: 'kaniyor|kanama|kan' +
    '|kanamasi|kaniyo|kanli',
  poison: 'camasir|zehir|deterjan' +
    '|camasirsuyu|kirec|cozucu|antifriz|antifrizi|klor|kloru|tuzruhu|ruhu|deterjani|zehirli|pil|pili|cif|aseton|benzin|asit|yagcozucu',
  spiked: 'ilacladi*|uyusturucu',
  nothing: 'hicbir|hic',
  sense: 'anlami|anlam|anlamsiz',
  disappear: 'kaybolmak|yokolmak|yokolmak',
  trivial: 'sinav|sinavi|odev*|ders|not|notlar|karne|oyun|mac|karne*|sinav*',
  accident: 'yemek|mutfak|sogan|kaza|kazara|kagit|parmak|parmagimi|doktor|hastane',
  owe: 'borc*|borcum*|borclu*|verecegim|odemezsem|odemedim',
  them: 'onu|ona|onlari|onlara',
  wait: 'bekliyo*|bekleyecek*|beklicek*|bekledi*|bekler|pusu*' +
    '|takip|takipte|pesimde|pesime|pesimden|kolluyor|kolluyorlar|bekliyorlar' +
    '|takipediyor',
  throat: 'bogazimi|bogazimdan|bogaz|boynumu|boynumdan|boynum',
  grab: 'sikti|sikiyor|sikarak|tuttu|yakaladi|bogdu|boguyor|bogmaya|bogacakti',
  drink: 'icti|ictim|icmis|icmisim|yuttu|yuttum|ictik|yutmus|ictirdi',
  leisure: 'tatil|tatilde|kamp|kampta|eglenceli|eglence|misafirlik|yatili|piknik',
  scar: 'izleri|yaralar|yaralarimi|morluk|morluklar|morluklari|morarmis|yara',
  hide: 'sakliyorum|saklamak|gizliyorum|gizlemek|kapatiyorum|kollu|gormesin|gormesinler',
  say:
    'diyecegim|diycem|dicem|soyleyecegim|soylicem|soylemem|soyle|soylemek|anlat*|dedim|diyorum|yalan|demem|soyleme|anlatma' +
    '|soylemeyecegim',
  fell: 'dustum|dustu|dusmus|dusmek|dustugumu|kaydim|carptim',
  bruise: 'morluk|morluklar|morluklari|morlugu|morarti|morardi|morarmis|mosmor|morartilar',
  letter: 'mektup|mektubu|mektuplar|kart',
  testament: 'vasiyet|vasiyetimi|vasiyetim|vedamektubu|veda',
  wrote: 'yazdim|yazmis|biraktim|yazarak|yazicam',
  tomorrow: 'yarin|yarından|bugece|sabah',
  see: 'goreceksiniz|gormeyeceksiniz|goremeyeceksin|goremeyeceksiniz|goruceksin|gormeyeceksin|gorusemeyecegiz',
  search: 'aramayin|aramayın|arama|aramasin|aramasınlar',
  knows: 'biliyor|biliyorlar|biliyomus|biliyolar|bilir|bilirler',
  where: 'nerede|nerde|nerden|nereye|adresimi|adres|adresi',
  older: 'adam|yasli|yetiskin|buyuk|abi|amca',
  secret: 'gizli|sir|sirrimiz|saklamami|saklamam|kimseye',
  eat: 'yemek|yemiyorum|yedim|yemedim|yemeyecegim|yiyorum|yiyemem|yemegi|yemegim',
  punish: 'ceza|cezalandiriyorum|cezalandirmak|cezasi|cezam|cezami',
  deserve: 'haketmiyorum|hakketmiyorum|hak|hakediyorum|haketmedim',
  lock: 'kilitliyor|kilitledi|kilitli|kilitledi*|hapsediyor|hapsetti|kapatiyor|kapatti|kapatip|kilit',
  burner: 'sigara|sigarayla|cakmak|cakmakla|mum',
  must: 'zorundayim|zorunda|lazim|gerek|mecburum|mecbur',
  here: 'burda|burada|olmicam|olmayacagim|olmiycam|yasamiyor',
  standOn: 'duruyorum|oturuyorum|ustundeyim|tepesindeyim',
  now: 'simdi|su|an',
  giveAway: 'dagittim|verdim|hediye',
  stuff: 'esyalarimi|kiyafetlerimi|kedimi|seyimi|herseyimi',
  away: 'arkadaslarima|kardesime|herkese',
  soon: 'yakinda|yakında|birazdan',
};
