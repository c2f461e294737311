import type { ConceptWords } from './concepts';

/**
 * Turkish words per concept, also typed without Turkish letters. Turkish puts "me" and "not" inside
 * the verb ("dövüyor beni", "istemiyorum"), so a verb form may stand for two concepts at once.
 */
export const conceptsTr: ConceptWords = {
  me: 'beni|bana|bende|benim|bensiz|dovuyor*|dovdu*' +
    '|yuzume|yuzumu|kafama|kafami|basima|basimi|sacimdan|sacimi|saclarimdan|elimi|kolumu|ustume|uzerime|suratima|agzima|bacagima|sirtima',
  self: 'kendimi|kendime|kendimden|kendini|kendine|kendisini',
  fam:
    '{fam}|babam|annem|abim|ablam|kardesim|amcam|dayim|teyzem|halam|kocam|sevgilim|erkekarkadasim|ailem|uvey|uvey*|babamlar|annemler|ailem' +
    '|anneannem|dedem|kuzenim' +
    '|nisanlim|esim|karim|kocasi|sevgilisi|annemin|babamin|kardesini|anneni|babani|aileni|kardesin|kardesimi|annemi|babami|ailemi|kardesime|kardeslerime|kucuge|kucugu|bave|babo|abimin|agabeyim',
  person: '{fam}|biri|birisi|adam|o|onlar|cocuk|hocam|patron|komsu' +
    '|patronum|patronu|mudur|mudurum|hoca|ogretmen|ogretmenim|antrenor|antrenorum|antrenorumuz|komsumuz|komsum|taksici|sofor|imam|biri|birisi|adam|adamin',
  wish: '{want}|istiyorum|istiyom|istiyo|isterim|istedim|keske|keşke',
  neg: 'istemiyorum|istemiyom|istemiyo|degil|degilim|yok|hic' +
    '|etmiyorum|etmiyom|etmem|yokum|bulamayacak*|bulamicak*|goremeyecek*|goremiceksiniz|gormeyeceksiniz|gormeyeceksin|goremeyeceksin|olmicam|olmayacagim|olmiycam|olmayacam',
  death: 'olmek|olmeyi|olsem|oleyim|olum|olume|olmem|olsun|geberm*|gebermek' +
    '|olseydim|oleydim|olsaydim!|olsun',
  live: 'yasamak|yasamayi|yasamak|yasamiyorum|yasam',
  kill: 'oldur*|oldurecegim|oldurmek|asacagim|asmak|asarim|asmayi|asmaya|asicam|asacag*|kiyacag*|kiycam|kiyasim|bitirmek|bitirecegim|kiymak|kiyacagim' +
    '|kiyicam|kiyacagim|kiyarim|oldurucem|oldurcem',
  murder:
    'olduru*|oldurecek*|oldurcek|oldurur|bicaklayacak*|vuracak*|keserim|kesecek*|gebertecek*|gebertirim|oldurc*|oldurec*|oldurucek*|oldurcem' +
    '|gebert*|dovecek*|dovcek*|dovucek*|doverim|bicaklar*|bicaklayac*|vurcak*|vuracag*|kesecem|kescem|yakacak*' +
    '|oldururuz|oldururum|olduruce*|oldurur*|bicaklarim|bicaklicak*|vurucak*|gebertir*|gomerim|gomeriz|kiracak*|kiricak*|kesicek*' +
    '|bicaklicam|bicaklayacagim|oldurecegim|vurcam|vuracagim',
  jump: 'atlayacagim|atlamak|atlarim|atlayip|atlicam' +
    '|atlicam|atlayacam|atlarim|atlasam|atlayip|atlamayi|ziplicam',
  height: 'kopru|kopruden|cati|catidan|balkon|balkondan|tren|metro|bina|binadan|pencereden' +
    '|kopru|koprunun|koprusunden|catiya|catisindan|binanin|binasindan|ucurum|ucurumdan|raylara|rayl*|treninin|metronun',
  cut: 'kes*|kestim|kesiyorum|jilet*|jiletle|jiletledim|cizdim|ciziyorum' +
    '|kazidim|kaziyorum|kaziyom|ciziyom|kesik|kesiyom|jiletledim|jiletliyorum',
  harm: 'zarar|yaktim|yakiyorum|yakarim|acitiyorum' +
    '|dovuyorum|yumrukluyorum|tirmaliyorum|isiriyorum|cezalandiriyorum|yakiyom|dagliyorum' +
    '|kusturuyorum|kusturuyom|kusturdum',
  body: 'kol|kolum|kollarim*|kollarimi|bilegim*|bileklerim*|bacak*|bacaklarimi|karn*' +
    '|koluma|kolumu|kolumda|kollarima|kollarimda|bilegime|bilegimde|avucuma|avucumu|elime|bacagima|bacagimi|bacagimda|karnima|kalcama|omzuma',
  blade: 'jilet|jiletle|bicak|bicakla|cam',
  // Not "her" (every): "her şey" is everything, and the rules on "her şey için teşekkürler" read it.
  again: 'yine|tekrar|hep',
  hit: 'dov*|dovdu|dovuyor*|vur*|vurdu|vuruyor|tokat*|tekme*|itekliyor|bogazimi|sikiyor|dayak' +
    '|doverdi|dovecek*|dovcek*|doverler|dovmeye|tokatliyor|tokatladi|tokat|yumrukluyor|yumrukladi|yumruk|yumrukla|kemerle|sopayla|terlikle|itiyor!' +
    '|itti!|itekledi|tekmeledi|tekmeliyor|vuruyo' +
    '|sacimdan|saclarimdan|sacimi|yakti|yakiyor|yakiyo|cekip|tokatladi|vurdu|vuruyo|dovuyo|dovdu|yumrukladi|itekledi|sikti' +
    '|itiyo|itekliyo',
  throw: 'firlatti|firlatiyor|atti|atiyor',
  fear: 'korkuyorum|korkuyom|korkarim|korktum|korku|korkunc',
  unsafe: 'guvensiz|tehlike*',
  home: 'ev|eve|evde|evden|evim|evimiz' +
    '|evini|evinizi|evinin|evimizin|evimizi|evime',
  quarrel: 'kavga|kavgalar|bagiris*',
  aggressive: 'agresif|saldirgan|siddet',
  sex: 'seks|sex|yatmak|yatmami|yatmam|iliski*' +
    '|opmeye|optu|opmek|opuyor|opuyo|opmeye',
  touch: 'dokunuyor|dokundu|dokunmak|taciz*' +
    '|elliyor|elledi|ellemek|sarkintilik|tacizde|dokunmaya|dokunuyo|mıncıklıyor|sarkiyor' +
    '|surtundu|surtunuyor|surtunmek|surtunuyo|sikistirdi|elledi|elliyo',
  nude: 'ciplak|nude|nudes|mustehcen',
  pics: 'foto*|resim*|video*|goruntu*',
  spread: 'yayacak*|yaymak|paylasacak*|paylasmak|internete|herkese|gondermek|atacak*' +
    '|yollarim|yollayacak*|atarim|koyacak*|paylasirim|yayarim|okula|aileme|ailene|gonderecek*|gondericek*' +
    '|paylasmislar|paylasmis|paylasti|yaymislar|yaymis|yayinlamis|yayinlamislar|dolasiyo|dolasiyor|yayildi|yayilmis',
  force: 'zorla|zorluyor|zorladi|zorunda|mecbur' +
    '|zorlar|zorlayarak',
  money: 'para|parayla|parasi|euro' +
    '|lira|tl',
  clients: 'musteri*',
  threaten: 'tehdit*|santaj*' +
    '|tehdit*|santaj*|olursun|biterisin|bitersin|yanarsin|gebertiriz|oldururuz|bitiririz|bulucaz|bulacagiz|bulcaz|bulacaz',
  weapon: 'bicak|bicakla|silah|silahla|tabanca|bicagi|bicaklar*|bicakli|silahi|silahli*|silahlar*|tabancasi|tabancali|satir|musta|sustali' +
    '|sopa|sopayla|beyzbol|kama|pala|satirla|biçakla|tabancayla|silahini' +
    '|bicagi|bicak|silahini|tabancasini|cekiyo|cekti|dayadi',
  fetch: 'gelecek*|gelecekler|bulacak*|gelcek*|bulcak*|bulucak*|alacak*|bekliyo*' +
    '|bulurum|buluruz|bulucam|bulacagim',
  come: 'gelecek*|gelecekler|geliyor*',
  marry: 'evlendir*|evlenmeye|evlenmemi|evlenmek|evlenmem|evlilik|nikah|gorucu*|kuma',
  sleep: 'uyu*|uyuyorum|uyudum|yatiyorum|kaliyorum|kaldim|geceliyorum' +
    '|kalacak|kalacagim|kalacak*|yatacak|yatacagim|uyuyacak|uyuyacagim|geceleyecek|kalicak|kalcak' +
    '|geceliyom|geceledim|yatiyom|uyuyom|kaliyom|sabahladim|sabahliyorum|uyudum',
  rough: 'sokak*|sokakta|parkta|istasyonda|arabada|disarida|merdivende' +
    '|bankta|otogarda|garda|metroda|sokaklarda|disarda|caddede' +
    '|mcdonaldsta|kafede|istasyonda|parkinda|parkta|otogarda|havalimaninda|havaalaninda|schipholde|otobuste|trende|tramvayda|cadirda|bankta|merdivenlerde|bodrumda|cami|camide',
  nowhere: 'hicbir|yerim',
  out: 'evden|disari|disariya',
  kickedOut: 'kovdu*|kovul*|atti*|atildim' +
    '|kovdular|kovuldum|kovacak*' +
    '|cikardi|cikardilar|cikartti|cikartmis|cikarmislar|cikardi*' +
    '|defol|defolgit',
  ranAway: 'kactim|kacti|kaçtım|kacmak|kaciyorum!' +
    '|kacip|kactik|kacarak' +
    '|kacali|kactigim|kacip',
  night: 'gece|geceleri|bugece|aksam',
  room: 'oda|odama|odamda|yatak|yatagima',
  pills: 'hap|hapi|haplar*|ilac*|ilaclari|parol|antidepresan*' +
    '|uyku|haplari|ilaclarimi|xanax|lustral|prozac|parasetamol' +
    '|haplari|ilaclari|ilaclarimi|haplarimi',
  many: 'cok|fazla|butun|tum|kutu|kutusunu|paket|hepsini|hepsi' +
    '|hepsini|butun|tum|kutuyu|kutusunu',
  swallowed: 'yuttum|ictim|aldim|yutmus*' +
    '|icdim|attim',
  hoard: 'biriktirdim|biriktiriyorum|sakladim|topladim',
  wake: 'uyandiramiyorum|uyandiramiyoruz|uyanmiyor',
  unresponsive: 'bayildi|bayildim|kendinde|uyanmiyor|tepki' +
    '|baygin|bayilmis|kendinden' +
    '|konusmuyo|konusmuyor|vermiyo|vermiyor|ayilmiyor|ayilmiyo|uyanmiyo|kipirdamiyor|kipirdamiyo|bayginlik',
  breath: 'nefes' +
    '|solumuyor|nefessiz|nefesi' +
    '|nefesim|nefesi|nefes',
  badly: 'alamiyor*|almiyor|zor|garip' +
    '|durmuyor|durmadan|siddetli|fiskiriyor' +
    '|daraliyo|daraliyor|kesiliyo|kesiliyor|tikaniyo|tikaniyor',
  bleed: 'kaniyor|kanama|kan' +
    '|kanamasi|kaniyo|kanli',
  poison: 'camasir|zehir|deterjan' +
    '|camasirsuyu|kirec|cozucu|antifriz|antifrizi|klor|kloru|tuzruhu|ruhu|deterjani|zehirli|pil|pili|cif|aseton|benzin|asit|yagcozucu',
  spiked: 'ilacladi!|ilacladilar!|ilaclamislar!|ilaclamis!|uyusturucu',
  nothing: 'hicbir|hic',
  sense: 'anlami|anlam|anlamsiz',
  disappear: 'kaybolmak|yokolmak|yokolmak',
  trivial: 'saat|saatte|saati|hesap|hesabimi|chatbot|soru|sorular|dogum|gunu|gunune|dugun|dugune|parti|partiye|sicak|sicaktan|sicaklar|soguk|soguktan|klima|hollandaca|dil|kursu|uyuyakalirsam|uyuyakaldim|kahve|sinav|sinavi|odev*|ders|notum|notlar|notlarim|notu|karne|oyun|maci|macta|mactan|karne*|sinav*|matematik*|excel|kuyruk|wifi|cv|kurs|fatura|form|digid|is|isi|randevu*|randevuya|ayakkabi*|sarj|okulu|gec|yemege|sikintidan',
  accident: 'bulasik|bulasiklari|yemek|mutfak|sogan|kaza|kazara|kagit|parmak|parmagimi|doktor|hastane',
  owe: 'borc*|borcum*|borclu*|verecegim|odemezsem|odemedim' +
    '|karsiliginda|karsilik|borclusun',
  them: 'onu|ona|onlari|onlara',
  wait: 'bekliyo*|bekleyecek*|beklicek*|bekledi*|bekler|pusu*' +
    '|takip|takipte|pesimde|pesime|pesimden|kolluyor|kolluyorlar|bekliyorlar' +
    '|takipediyor',
  throat: 'bogazimi|bogazimdan|bogaz|boynumu|boynumdan|boynum',
  grab: 'sikti|sikiyor|sikarak|tuttu|yakaladi|bogdu|boguyor|bogmaya|bogacakti',
  drink: 'icti|ictim|icmis|icmisim|yuttu|yuttum|ictik|yutmus|ictirdi',
  animal: 'kedim|kedisi|kopegim|kopegi|tavsan|hayvan|hayvanlar|hayvanlara|kopek|kopekler|kedi|kediler',
  leisure: 'bungee|bungeejumping|bungy|benji|gezi*|seyahat*|macera*|ucak|ucagim|ucagimiz|ucus|ucusum|rotar|aktarma|iptal|tatil|tatilde|kamp|kampta|eglenceli|eglence|misafirlik|yatili|piknik|hostel*|otel*|festival*|cadir*|konser*',
  scar: 'izleri|yaralar|yaralarimi|morluk|morluklar|morluklari|morarmis|yara',
  hide: 'sakliyorum|saklamak|gizliyorum|gizlemek|kapatiyorum|kollu|gormesin|gormesinler',
  say:
    'diyecegim|diycem|dicem|soyleyecegim|soylicem|soylemem|soyle|soylemek|anlat*|dedim|diyorum|yalan|demem|soyleme|anlatma' +
    '|soylemeyecegim',
  fell: 'dustum|dustu|dusmus|dusmek|dustugumu|kaydim|carptim',
  bruise: 'morluk|morluklar|morluklari|morlugu|morarti|morardi|morarmis|mosmor|morartilar',
  workmates: 'isteki|isyerindeki|mesai|ekibe|ekip|patron|patronuma|calisma',
  creditor: 'kira|kirayi|kiraya|incasso|icra|icraya|mahkeme|mahkemeye|ceza|cezasi|cjib|deurwaarder|belastingdienst|tahliye|aanmaning|sahibi|cekici|çekici|cekecekler|otopark|trafik',
  letter: 'mektup|mektubu|mektuplar|kart',
  testament: 'vasiyet|vasiyetimi|vasiyetim|vedamektubu|veda',
  wrote: 'yazdim|yazmis|biraktim|yazarak|yazicam',
  tomorrow: 'yarin|yarından|bugece|sabah',
  see: 'goreceksiniz|gormeyeceksiniz|goremeyeceksin|goremeyeceksiniz|goruceksin|gormeyeceksin|gorusemeyecegiz' +
    '|bulamayacak*|bulamicak*|goremeyecek*|goremiceksiniz',
  search: 'aramayin|aramayın|arama|aramasin|aramasınlar',
  knows: 'biliyor|biliyorlar|biliyomus|biliyolar|bilir|bilirler' +
    '|biliyoruz|biliyoz|biliyom|biliyolar|biliyorlarmis',
  where: 'nerede|nerde|nerden|nereye|adresimi|adres|adresi' +
    '|neredesin|nerdesin|evini|oturdugunu|kaldigini',
  older: 'adam|yasli|yetiskin|buyuk|abi|amca',
  secret: 'gizli|sir|sirrimiz|saklamami|saklamam|kimseye',
  eat: 'yemek|yemiyorum|yedim|yemedim|yemeyecegim|yiyorum|yiyemem|yemegi|yemegim' +
    '|yemeyi|yemekten|yedikten',
  punish: 'ceza|cezalandiriyorum|cezalandirmak|cezasi|cezam|cezami',
  onPurpose: 'bilerek|kasten|bilerekten',
  recent: 'dun|dün|evvelsi|bugun|bugün|demin|dakika',
  diet: 'et|eti|vejetaryen|vegan|ramazan|oruc|oruç|oruçluyum|oruçlu|tahlil',
  slimming: 'diyet|diyetteyim|diyetdeyim|seker|şeker|tatli|tatlı|kilo|kalori',
  did: 'yaptim|yaptım|yaptim',
  ashamed: 'utaniyorum|utandim|utanc|utanç|utaniyom',
  deserve: 'haketmiyorum|hakketmiyorum|hak|hakediyorum|haketmedim',
  lock: 'kilitliyor|kilitledi|kilitli|kilitledi*|hapsediyor|hapsetti|kapatiyor|kapatti|kapatip|kilit',
  burner: 'sigara|sigarayla|cakmak|cakmakla|mum' +
    '|cakmagi|cakmakla|cakmak|sigaramla|sigarayi|sigarayla',
  must: 'zorundayim|zorunda|lazim|gerek|mecburum|mecbur',
  here: 'burda|burada|olmicam|olmayacagim|olmiycam|yasamiyor' +
    '|yokum|olmiycam|olmayacam',
  standOn: 'duruyorum|oturuyorum|ustundeyim|tepesindeyim',
  now: 'simdi|su|an|simdilerde',
  still: 'hala|hâlâ|halen|hep|devam',
  schoolYears: 'lisede|lise|ortaokulda|ortaokul|ilkokulda|ilkokul|ergenlikte|yasindayken|yaşındayken|yasinda|yaşında|sinifta|sınıfta',
  lifeNow: 'okul|okuyorum|okula|universite|üniversite|universitede|üniversitede|staj|stajyer|isim|işim|isteyim|işteyim|calisiyorum|çalışıyorum|mezun|ehliyet|iyiyim|iyi|mutluyum|mutlu|saglikli|sağlıklı|rahat|rahatim|huzurlu|guvende|güvende|güvendeyim|yakiniz|yakınız|terapi|basliyorum|başlıyorum|temiz|temizim|barıştık|barıştılar|baristik|baristilar|tamam',
  hours: 'saat|saattir|saatdir|dakika|dakikadir|dk',
  giveAway: 'dagittim|verdim|hediye',
  stuff: 'esyalarimi|kiyafetlerimi|kedimi|seyimi|herseyimi',
  away: 'arkadaslarima|kardesime|herkese',
  soon: 'yakinda|yakında|birazdan' +
    '|sonra|haftaya',
  relapse: 'bozdum|nuksettim|tekrarladim|temizdim|yeniden',
  drugs: 'xtc|ekstazi|ecstasy|mdma|kokain|eroin|esrar|bonzai|uyusturucu|ketamin|lsd|molly|ghb|alkol|votka|raki|sarhos|madde|extasy',
  symptom: 'titriyo|titriyor|isindi|ates|atesi|morardi|mor|dudaklari|uyustu|uyusuyor|kusuyor|kusuyo|kusuyom|kusuyorum|donuyo|carpiyo|carpiyor|sisiyo|sisiyor|sisti|bayildi|uyuyamiyor|uyuklayip',
  seizure: 'nobet|nobeti|kasiliyo|kasiliyor|titriyo|titriyor|havale|sara|epilepsi|krizi',
  wokeUp: 'uyandigimda|ayildim|ayildigimda',
  naked: 'ciplak|ciplaktim|kiyafetsiz|cirilciplak|soyulmus',
  online: 'instagram|instagramda|insta|tiktok|tiktokta|snap|snapchat|discord|internet|internetten|online|whatsapp|dmden|dm',
  meet: 'bulusalim|bulusmak|bulusma|bulusmaya|bulusacak|bulusucaz|gorusmek|gorusmeye|gorusalim|yuzyuze|bulusmak*',
  gift: 'hediye|hediyeler|hediyeleri|iphone|ismarladi|ismarliyor',
  address: 'adresimi|adresim|adresimizi|konumumu|konumum|evimin|adresini',
  orElse: 'yoksa|ayrilirsam|ayrilirsan|yapmazsan|gelmezsen|odemezsen|vermezsen|gondermezsen|birakirsan|soylersen|anlatirsan',
  lash: 'kemer|kemerle|kemeri|terlik|terlikle|sopa|sopayla|kablo|kabloyla',
  kin: 'babam|annem|annemler|babamlar|ailem|abim|ablam|agabeyim|kardesim|abimler|dedem|ninem|anneannem|babaannem|amcam|dayim|teyzem|halam|kuzenim|arkadasim|arkadaslarim|kankam|kanka|hocam|ogretmenim|ogretmen|patronum|patron|mudurum|sefim|antrenorum|koc',
  honour: 'sevgilim|sevgili|sevgilimi|sevgilimle|erkekarkadasim|erkek|kizarkadasim|flort|iliski|iliskim|gay|escinsel|lezbiyen|trans|hamile|bakire|bekaret|namus|namusu|namusumuz|rezil|utanc|basortusu|basortu|turban',
  tried: 'calisti|calistilar|denedi|neredeyse',
  indoors: 'salondan|salon|mutfaktan|mutfak|gruptan|grup|grubundan|siniftan|sinif|takimdan',
  dwelling: 'ev|evim|evi|oda|odam|odasi|daire|studyo|stüdyo|stüdyom|studyom',
  laughing: 'gulmekten|gulmeden|gulmek|guldum|gulerken|komik|caps|meme',
  getaway: 'tatil|tatile|tatilde|ada|adaya|sahil|yorgan|yorganin',
  hiding: 'saklaniyorum|saklaniyoruz|saklandim|saklandik|saklaniyom|kilitledim|kilitledik|kapattim|kapattik|kilitlendim|kilitlendik',
  raging: 'bagiriyor|bagirip|kiriyor|kirmaya|kiracak|vuruyor|tekmeliyor|sarhos|ickili|firlatiyor|cildirmis!|cildirdi!|saldiriyor',
  remedy: 'alerji|alerjisi|alerjim|alerjik|saman|nezlesi|nezle|grip|gribim|soguk|alginligi|reçeteli|receteli',
  firstAid: 'ehbo|ilkyardim|bhv',
  inKind: 'karsiliginda|karşılığında|karsilik',
  passport: 'pasaport|pasaportum|pasaportumu|pasaportu|kimlik|kimligimi|kimliğimi',
  confiscated: 'aldi|aldilar|aldılar|elimden|sakladi|sakladilar|sakliyor|tutuyor|tutuyorlar',
  everyone: 'herkes|herkese|herkesin|hepiniz|hepimiz|hepsi|ailem|aileme|ailemin|dunya|dünya|annemler|annemlere',
  betterOff: 'iyi|mutlu|rahat|rahatlar|kolay|huzurlu',
  without: 'bensiz',
  elsewhere: 'tatil|tatile|tatilde|seyahat|seyahate|yolculuk|yurtdisi|yurtdışı|disci|dişçi|disciye|kamp|staj|ucak|uçak|memlekete|memlekette|tasiniyoruz|taşınıyoruz|tasiniyorum|taşınıyorum|tasinma|taşınma',
  putIn: 'koydu|koymus|koymuş|katti|kattı|katmis|katmış',
  rope: 'ip|ipi|urgan|urgani|ilmik',
  chose: 'sectim|seçtim|belirledim|karar',
  day: 'tarih|tarihi|gun|gün|gunu|günü',
  something: 'bisey|birsey|şey|sey|ilac|ilaç|toz|hap',
};
