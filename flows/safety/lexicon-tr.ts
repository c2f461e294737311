import { conceptsTr } from './concepts-tr';
import type { SafetyLexicon } from './lexicon';
import { PLAY_WORDS } from './play-words';

/**
 * Turkish, also typed without Turkish letters ("olmek istiyom"): words are compared without
 * accents, and "ı" reads as "i". Turkish says "not" inside the verb ("istemiyorum"), so the rules
 * name the verb forms themselves rather than a separate negation word.
 */
export const lexiconTr: SafetyLexicon = {
  concepts: conceptsTr,
  slang: { istiyom: 'istiyorum', istiyorm: 'istiyorum', istemiyom: 'istemiyorum', bi: 'bir' },
  classes: {
    fam: 'babam|annem|abim|ablam|agabeyim|kardesim|amcam|dayim|teyzem|halam|kocam|sevgilim|ailem|uvey',
    famFrom: 'babamdan|annemden|abimden|agabeyimden|amcamdan|dayimdan|kocamdan|sevgilimden|ailemden|babamdan',
    want: 'istiyorum|istiyom|istiyo|isterim|istedim',
  },
  negations: 'degil|degilim',
  // "Kendime hiç zarar vermedim": harm said with a negative verb after it.
  negationsAfter: 'vermedim!|vermiyorum!|vermiyom!|vermem!|vermeyecegim!|vermicem!',
  // Hitting, kicking, killing and touching said with the negative suffix: "dövmüyor", "vurmadı",
  // "öldürmez", "dokunmuyo". Written out per verb: a negative suffix on "istemiyorum" ("I don't
  // want [to live]") is part of the danger, not its negation.
  negatedWords:
    'dovmuyo*|dovmez*|dovmedi*|dovmuyor*|vurmuyo*|vurmaz*|vurmadi*|tokatlamiyo*|tokatlamaz*|tokatlamadi*|tekmelemiyo*|tekmelemez*|tekmelemedi*|' +
    'oldurmuyo*|oldurmez*|oldurmedi*|dokunmuyo*|dokunmaz*|dokunmadi*|zorlamiyo*|zorlamaz*|zorlamadi*|itmiyo*|itmez*|itmedi*|' +
    // The future said "not": "öldürmeyecek", "dövmicek", "vurmayacak".
    'oldurmeyecek*|oldurmeycek*|oldurmiycek*|oldurmicek*|dovmeyecek*|dovmeycek*|dovmicek*|vurmayacak*|vurmiycak*|vurmicak*|' +
    'dokunmayacak*|dokunmicak*|bicaklamayacak*|tehdit etmedi*|tehdit etmiyo*',
  thoughts: 'dusunce*|fikr*|fikir|niyet*|dusunmedim!|dusunmuyorum!|dusunmem!',
  thoughtDenials: 'hic|hicbir',
  thoughtDenialsAfter: 'yok|yoktur|yokk|degil|dusunmedim!|dusunmuyorum!|dusunmem!',
  trailing: 'artik|ya|yaa|abi|lan|valla|cidden|bence',
  idioms: [
    // Stitches: "dikis attilar" throws nobody out.
    'dikis|dikiş attilar|attılar|atti|attı|atildi|atıldı',
    'gulmekten|aclıktan|acliktan|sicaktan|merakimdan|uykudan oldum|oluyorum|olecegim',
    'bugunluk|bugünlük|bugun|bugün|bugunku|bugünkü|aksamki|akşamki|geceki|aksamlik|akşamlık ^son ^mesajim|mesajım', 'son ^mesajim|mesajım ^bugunluk|bugünlük|bugun|bugün',
    // A fine is "eaten": "otoparkta ceza yedim" is no starving as a punishment.
    'ceza|cezasi ^yedim|^yedik|^yemis|^yedi|^yiyecegim',
    // Where to live, not whether: "hollandada omur boyu yasamak istemiyorum".
    'hollandada|burada|orada|ulkede|sehirde|turkiyede|istanbulda|amsterdamda|avrupada|koyde yasamak|yasamayi'],
  contexts: {
    play: `${PLAY_WORDS}|mac|macta|oynarken|oyunda|boks|kickboks|antrenman|antrenmanda|sparring|karate|judo`,
    past:
      'eskiden|onceden|kucukken|cocukken|onceydi|oncesiydi|gecmiste|once|lisede|ortaokulda|ilkokulda|gecen|' +
      // Back then, once, in my childhood, when I was in school or N years old: "o zamanlar", "bir zamanlar", "lisedeyken", "16 yaşındayken".
      'zamanlar|onceleri|vaktiyle|evvelden|evvelce|gecmisimde|lisedeyken|lisedeydim|ortaokuldayken|ortaokuldaydim|ilkokuldayken|ilkokuldaydim|' +
      'yasindayken|yasimdayken|yaslarimda|yaslarindayken|cocuklugumda|ergenligimde|ergenlikte|ergenken|gencken|ufakken|yillarimda|' +
      // The past in the verb: "kesiyordum", "dövüyordu" (written out, no typo forgiven: "kesiyordum" is not "kesiyorum"). Not
      // "istiyordum", "düşünüyordum", "vardı": "sormak istiyordum", "bir sorum vardı" ask now.
      'kesiyordum!|kesiyodum!|keserdim!|veriyordum!|veriyodum!|dovuyordu!|dovuyodu!|dovuyorlardi!|dovulurdum!|yatiyordum!|uyuyordum!',
    topic: 'meslek|bolum|film*|dizi*|haber*|kitap*|kitab*|odev*|egitimi|kursu|proje|arastirma|sunum|odevim|odevi|istatistik*|brosur*|gonullu*|staj*|belgesel|makale|onleme|farkindalik|vaka*|afis|poster|posterler|konusu|roman|sarki|sarkisi',
  },
  /** Önümüzde bir görüşme (flows/safety/lexicon.ts, seeYouAgain): "haftaya görüşürüz", "yarın görüşürüz". */
  seeYouAgain: [
    'haftaya|yarin|yarın|pazartesi|sali|salı|carsamba|çarşamba|persembe|perşembe|cuma ^gorusuruz|görüşürüz|gorusucez|görüşücez',
  ],
  recovered: [
    'iyiyim simdi|artik',
    // "Gayet iyiyim", "iyileştim", "o günler geride kaldı", "kapanmış bir sayfa", "artık yapmıyorum", "hayatımı seviyorum".
    'gayet|cok|cook|tamamen ^iyiyim|iyilestim', 'iyilestim|toparlandim|atlattim', 'gecmiste|geride kaldi|biraktim $', 'o ^gunler|^donem|^zamanlar|^konu|^sayfa|^artik ^artik? bitti|kapandi|gecti $', 'o ^gunler|^donem|^zamanlar|^konu ^artik? geride ^kaldi $',
    'kapanmis|kapali|kapandi ^bir? sayfa', 'sayfa ^kapandi', 'artik ^hic? yapmiyorum!|yapmiyom!|kesmiyorum!|kesmiyom!|dusunmuyorum!', 'eski ^bir? hikaye|mesele',
    'hayatimdan memnunum', 'hayatimi ^cok? seviyorum', 'hayatim ^cok? guzel', 'huzurluyum|huzurluyuz', 'huzur icinde', 'iyi ^bir yerdeyim', 'baska|bambaska ^biriyim', 'cok yol aldim',
    'terapi|tedavi|psikolog ^cok? yardimci ^oldu', 'terapi|tedavi ^cok? ise ^yaradi', '#many gundur|gun ^kendime? ^zarar? ^vermeden|vermiyorum!|kesmiyorum!|yapmiyorum!',
    // "2 yıldır temizim" (read as "temizdim" by the concepts, so not `longOver`), "artık o hayatımızda yok", "sakin bir hayatım var".
    '#|yildir|senedir|aydir|yillardir|oldu temizim!|temiz', 'hayatimizda|hayatimda ^artik? yok|degil', 'sakin|huzurlu|guzel|normal ^bir hayatim|hayatimiz var', 'simdi|artik iyiyiz', 'psikologa|terapiye|terapistime ^de|^da? gidiyorum|gidiyom', 'terapi|tedavi|psikolog ^cok? iyi geldi', 'simdi|artik ^cok? mutlu|mutluyum|mutluyuz $',
    'artik ^hicbir|^hic ^bir? sorun|problem ^yok $', 'kendi ^bir? evim|odam|studyom|dairem var', 'simdi ^cok? ^sukur? kendi studyom|dairem', 'artik ^oyle|^boyle degil', 'o zamandan|gunden|gunlerden ^beri ^hic? ^her? ^sey? ^cok? sakin|iyi|iyiyim|yolunda|huzurlu',
    'kendi evi|odasi|isi var',
    'her sey iyi|yolunda|sakin|normal',
    'artik|simdi ^daha? iyiyim', 'daha iyiyim', 'yardim|terapi|tedavi aldim|gordum', 'simdi|artik ^evdeyim', 'eve ^dondum|^vardim', 'sag ^salim ^eve|^evdeyim', 'simdi iyiyim', 'simdi iyi', 'evde huzur', 'simdi ^gercekten ^iyiyim', 'artik|simdi guvendeyim|guvendeyiz', 'gecti artik', 'simdi cok? sukur? kendi odam|evim|isim|odami|evimi', 'kendi odam|evim var', 'simdi her? sey? iyi|yolunda'],
  ago: ['cok? eskiden|eskidendi',
    'lisedeyken|lisedeydim|ortaokuldayken|ortaokuldaydim|ilkokuldayken|ilkokuldaydim|cocuklugumda|ergenligimde|ergenken', 'lise|ortaokul|ilkokul ^yillarimda|^yillarinda|^zamaninda|^doneminde',
    'o|bir|bi ^zamanlar', 'yillar ^once', 'uzun ^zaman ^once', '# yasimdayken', 'vaktiyle', 'kucukken|cocukken', '#|iki|uc|birkac yil|sene|ay once|onceydi|oncesiydi', 'gecen yil|sene', '# yasindayken|yasinda', '# senedir|yildir yok'],
  longOver: ['cok ^zaman? oldu', 'yillar ^once? oldu', '# yildir|senedir|aydir temizim|temiz|yapmiyorum', 'yillardir yapmiyorum', 'yillardir|senelerdir|aylardir iyiyim|temizim|yapmiyorum|olmadi',
    // "3 senedir kendimi kesmiyorum", "1 yıldır hiç görüşmüyoruz": over, and no contact since.
    '#|bir|iki|uc|dort|bes yildir|senedir|aydir kesmiyorum!|kesmiyom!|vermiyorum!|yapmiyorum!|yapmiyom!|gorusmuyoruz!|gorusmuyorum!|gormedim!|konusmuyoruz!',
    'yillardir|senelerdir kesmiyorum!|vermiyorum!|gorusmuyoruz!|gorusmuyorum!|gormedim!|konusmuyoruz!',
    'cok ^eski ^bir? hikaye|mesele', 'kapanmis ^bir? sayfa',
    // "Bırakalı 3 yıl oldu", "4 yıldır iyiyim", "3 senedir yok", "o iş çoktan kapandı".
    'birakali|biraktigimdan|biraktim # ^yil|^sene|^ay', '# yildir|senedir|aydir ^cok? iyiyim', '# yildir|senedir|aydir ^hic? ^yok $', 'coktan kapandi|bitti|gecti'],
  homeNow: [
    'simdi|artik|suan ^de? ^evdeyim|evdeyiz', 'evdeyim|evdeyiz simdi|artik',
    'simdi|artik ^kendi? ^bir? evim|evimiz|odam|evimde|odamda var|yasiyorum|kaliyorum', 'simdi|artik annemle|babamla|ailemle|teyzemle|annemlerle yasiyorum|kaliyorum',
  ],
  cameBack: ['dondum|donduk|dondu', 'geri geldim|dondum|geldik|donduk'],
  rules: [
    // Teşekkür ve zaman için özür birçok sohbeti bitirir: yalnızca başka bir endişenin yanında.
    { match: 'her ^sey|^şey icin|için tesekkur*|teşekkür*|sagol*|sağol*', category: 'suicide', level: 'unclear', alongside: true },
    { match: 'zamaninizi|zamanınızı|vaktinizi|zamanini|zamanını bosa|boşa harcadigim|harcadığım|aldigim|aldığım', category: 'suicide', level: 'unclear', alongside: true },
    { match: 'her|herşey|hersey ^şey|sey? ^için|icin ^cok|çok? ^özür|ozur|kusura|affedin|affet|affedersiniz', category: 'suicide', level: 'unclear' },
    // "Bu son mesajım": a last message, as in the other languages; not the last one for today (an idiom).
    { match: 'son ^mesajim!|mesajım!', category: 'suicide', level: 'unclear' },
    // A farewell's words, each a worry: a burden to nobody anymore, the last time you hear from me, nothing matters after tonight.
    { match: 'kimseye yuk|yük', category: 'suicide', level: 'unclear' },
    { match: 'yuk|yük olmak istemiyorum', category: 'suicide', level: 'unclear' },
    { match: 'bir daha benden haber', category: 'suicide', level: 'unclear' },
    { match: 'hicbir|hiçbir seyin|şeyin onemi|önemi yok|kalmayacak', category: 'suicide', level: 'unclear' },
    { match: 'anneme|babama|aileme|kardesime|kardeşime|herkese onu|onlari|onları|sizi? ^cok|çok? sevdigimi|sevdiğimi|seviyorum soyleyin|söyleyin|soyle|söyle', category: 'suicide', level: 'unclear' },
    { match: 'her ^seyden|seyden? yoruldum|biktim', category: 'suicide', level: 'unclear' },
    { match: 'yoruldum|biktim her ^seyden|seyden', category: 'suicide', level: 'unclear' },
    { match: 'evde|evdeki durum ^pek? iyi degil|kotu', category: 'violence_home', level: 'unclear' },
    { match: 'bir ^daha ^eve? gelme', category: 'homeless_runaway', level: 'unclear' },
    { match: 'cok|fazla|butun|kutu|#many hap|hapi|haplari|ilac|ilaci|ilaclari', category: 'medical' },
    { match: 'bir ^suru hap|hapi|haplari|ilac|ilaci|ilaclari', category: 'medical' },
    { match: 'hap|hapi|haplari|ilac|ilaci|ilaclari yuttum', category: 'medical' },
    { match: 'haplari|ilaclari ictim', category: 'medical' },
    { match: 'asiri ^doz|overdoz', category: 'medical', unless: 'belgesel*|sunum*' },
    { match: 'olmek|olmeyi|olsem {want}|daha', category: 'suicide' },
    { match: 'kendimi oldur*|asacag*|asmak|oldurecegim', category: 'suicide' },
    { match: 'intihar*', category: 'suicide', topic: true },
    { match: 'yasamak|yasamayi istemiyorum|istemiyom', category: 'suicide' },
    { match: 'hayatima son', category: 'suicide' },
    { match: 'yasamanin|hayatin ^hic? anlami ^kalmadi|yok', category: 'suicide' },
    { match: 'bu? dunyadan gidiyorum|gidicem|gidecegim|gitmek|gitcem', category: 'suicide' },
    { match: 'kimse beni ozlemez', category: 'suicide' },
    { match: 'kopruden|cattan atlayacag*|atlamak', category: 'suicide', unless: 'bungee|bungy|benji|paraşüt|parasut' },
    // Everything to end: "her sey bitsin istiyorum sadece".
    { match: 'her ^sey|şey bitsin|bitse istiyorum|isterdim', category: 'suicide', level: 'unclear' },
    { match: 'kendimi kes*|kestim|yaktim', category: 'self_harm' },
    { match: 'kendime zarar', category: 'self_harm' },
    { match: 'bilegimi|bileklerimi kestim', category: 'self_harm' },
    { match: '{fam} beni|bana dov*|vur*|dovdu|tokat*|tekmeliyor', category: 'violence_home' },
    // Told about someone else at home: "babam annemi dövüyor".
    { match: '{fam} annemi|babami|kardesimi|ablami|abimi|bizi dov*|vur*|tokat*|tekme*', category: 'violence_home' },
    { match: 'beni dovuyor*|dovuyorlar', category: 'violence_home' },
    { match: 'dayak yiyorum|yedim', category: 'violence_home' },
    { match: 'evde guvende hissetmiyorum|degilim', category: 'violence_home' },
    { match: 'eve gitmeye|donmeye korkuyorum', category: 'violence_home' },
    { match: '{famFrom} korkuyorum', category: 'violence_home' },
    { match: 'aile ^ici ^siddet', category: 'violence_home', topic: true },
    { match: 'evde ^siddet', category: 'violence_home', topic: true },
    { match: 'siddet goruyorum', category: 'violence_home' },
    { match: 'tecavuz*|taciz*|istismar*', category: 'sexual_violence', topic: true },
    { match: 'bana dokunuyor|dokundu', category: 'sexual_violence' },
    { match: 'santaj*', category: 'sexual_violence' },
    { match: 'beni olduruc*|oldurecek*|oldurece*|oldurmek', category: 'threat' },
    { match: 'tehdit*', category: 'threat', topic: true },
    { match: 'zorla evlendir*', category: 'threat', topic: true },
    { match: 'namus cinayeti', category: 'threat' },
    { match: 'beni takip ediyo*|ediyor*|ediyolar|etti*|etmeye', category: 'threat' },
    { match: 'beni|pesimden geliyo*|geldi|ayrilmiyo*', category: 'threat', level: 'unclear' },
    { match: 'evden kactim|kacti', category: 'homeless_runaway' },
    { match: 'sokakta uyu*|yatiyorum|kaliyorum', category: 'homeless_runaway' },
    { match: 'kalacak|uyuyacak|yatacak|gidecek|gidicek|kalicak|yaticak|kalcak yerim|yer|bi ^yerim|bir ^yerim ^yok', category: 'homeless_runaway' },
    { match: 'evden atti*|kovdu*|kovul*|atil*', category: 'homeless_runaway' },
    // Gone and the others better off: "ben yokken herkes daha mutlu olur", "ben gidersem herkes rahatlar".
    { match: 'yokken|olmazsam|gidersem|olmasam|olmayinca|olmadan herkes|hepiniz|herkesin ^daha? mutlu|rahat*|iyi|kurtulur*', category: 'suicide' },
    // Sleeping for ever, never waking: "sonsuza kadar uyumak istiyom", "bi daha uyanmamak icin".
    { match: 'sonsuza ^kadar uyumak|uyusam|uyuyayim|uyuyup', category: 'suicide' },
    { match: 'bir|bi ^daha uyanmamak|uyanmasam|uyanmayayim|uyanmayacagim|uyanmicam', category: 'suicide' },
    { match: 'hepsini|butun|tum|kutusunu|kutuyu|#many haplari|ilaclari|hap|ilac? icicem|icecegim|icecem|yutacagim|yutcam|yuticam|yutucam', category: 'suicide' },
    { match: 'haplari|ilaclari icicem|icecegim|icecem|yutacagim|yutcam|yuticam|yutucam', category: 'suicide', level: 'unclear' },
    // Nobody would notice: "kimse fark etmez", "kimse ozlemez".
    { match: 'kimse|kimsenin fark ^etmez|farketmez|ozlemez|umursamaz|ozlemeyecek|ozlemicek|fark ^etmeyecek|farketmicek', category: 'suicide', level: 'unclear' },
    { match: 'keske ben olseydim|oleydim|olsem', category: 'suicide' },
    // Found after: "annem beni bulunca uzulmesin", "yarin sabah beni bulamayacaklar".
    { match: 'beni ^bulunca|bulduklarinda|buldugunda uzulmesin|korkmasin|mektup|not|uzulecek', category: 'suicide', gap: 6 },
    { match: 'yarin|yarindan|sabah beni ^bir? ^daha? goremeyecek*|goremiyecek*|goremiceksiniz|gormeyeceksiniz|bulamayacak*|bulamicak*', category: 'suicide' },
    { match: 'bana ^bir? ^sey|bisey|birsey olursa', category: 'suicide', level: 'unclear' },
    { match: 'ipi|ip|halat|halati aldim|hazirladim|bagladim|hazir', category: 'suicide', level: 'unclear', unless: 'atlama|spor|kamp|camasir' },
    // Vomiting on purpose after eating.
    { match: 'bilerek|kasten kus*|kustur*', category: 'self_harm' },
    { match: 'kus*|kustur* bilerek|kasten', category: 'self_harm' },
    { match: 'kendimi kustur*', category: 'self_harm' },
    { match: 'yemekten|yedikten sonra kusuyorum|kusuyom|kustur*', category: 'self_harm', level: 'unclear' },
    // A lighter or a cigarette on one's own skin.
    { match: 'cakmag*|cakmak*|sigara* avucuma|elime|koluma|bilegime|kolumu|elimi|bacagima|cildime|tenime|avucumu', category: 'self_harm' },
    // Drawing a weapon: "bicak cekiyo bize".
    { match: 'bicak|bicagi|silah|silahi|tabanca|tabancayi ^cek*|cekti|cekiyo*|dayadi|dayiyor|gosterdi', category: 'threat' },
    // "Leave and you're dead": "cikarsan olursun", "birakirsan biterisin".
    {
      match: 'cikarsan|birakirsan|gidersen|soylersen|anlatirsan|konusursan|ayrilirsan|polise olursun|biterisin|bitersin|yanarsin|yandin|gebertiriz|oldururuz|bitiririz',
      category: 'threat',
    },
    { match: 'seni|sizi ^bulucaz|bulacagiz|bulcaz|bulacaz|buluruz', category: 'threat' },
    { match: 'nerede|nerde|neredesin|nerdesin|evini|adresini|oturdugunu biliyoz|biliyoruz|biliyolar|biliyorlar', category: 'threat' },
    // Medical: a seizure now, an allergy closing the throat, a blow to the head, an ambulance.
    { match: 'nobet|kriz|havale ^geciriyo*|gecirdi|gecirdim|geciriyor', category: 'medical' },
    { match: 'ates*|atesi kasiliyo*|kasiliyor|titriyo*|havale', category: 'medical', gap: 6 },
    { match: 'bogazim|dilim|yuzum|dudaklarim sisiyo*|sisiyor|sisti|kapaniyo*', category: 'medical', unless: 'disci|dişçi|disimi|disim|yirmilik' },
    // How much longer: "daha ne kadar dayanabilirim bilmiyorum".
    { match: 'ne kadar ^daha? dayanabilirim|dayanirim|dayanabilcem|dayanicam', category: 'suicide', level: 'unclear' },
    // Back to an old habit: "yine o eski aliskanliga dondum galiba".
    { match: 'eski aliskanliga|aliskanligima|aliskanliklarima|aliskanliklara dondum|donuyorum|basladim', category: 'self_harm', level: 'unclear', unless: 'gece|yatiyorum|uyuyorum|kola|cay|kahve|sigara|oyun|telefon|abur|cubur' },
    // No future seen: "kendime bir gelecek goremiyorum".
    { match: 'gelecegimi|gelecegim|gelecek goremiyorum|gormuyorum', category: 'suicide', level: 'unclear', unless: 'hafta|haftaya|ay|yil|sene|gun' },
    { match: 'gelecegim ^yok', category: 'suicide', level: 'unclear' },
    { match: 'kafami|kafama|basimi|basima carpt*|vurdu*|yedim kus*|bayil*|donuyo*', category: 'medical', gap: 6 },
    { match: 'ambulans* ara*|cagir*|cagirdim|cagiralim|geldi', category: 'medical' },
    // Sexual: forced into a car, woken undressed, paying rent "another way", something wanted in return.
    { match: 'zorla arabaya|eve|odaya|odasina aldilar|bindirdi*|soktu*|cekti*|goturdu*', category: 'sexual_violence' },
    { match: 'uyandim|uyandigimda ustum|ustumde|uzerim|uzerimde ^bisey|bir ^sey|hicbir|kiyafet ^yoktu', category: 'sexual_violence' },
    { match: 'baska ^bir? sekilde|turlu ode*|odememi|odeyebilirsin', category: 'sexual_violence' },
    { match: 'karsiliginda bisey|birsey|seks|iliski istiyo*|istiyor|bekliyo*', category: 'sexual_violence' },
    { match: 'hoca|hocam|ogretmen*|patron*|abi|amca|adam|komsu*|antrenor* dokunuyo*|dokundu|elliyo*|elledi|sikistirdi|surtundu', category: 'sexual_violence', gap: 6 },
    // Homeless: the lock changed on one, no way home, nowhere tonight.
    { match: 'ev ^sahibi kilidi|kilitleri|kilit degistir*', category: 'homeless_runaway', gap: 4 },
    { match: 'kira* kilidi|kilitleri|kilit degistir*', category: 'homeless_runaway', gap: 4 },
    { match: 'eve|evime ^de? ^bile? donemem|donemiyorum|donmeyecegim|donmicem|donmiycem|giremiyorum|giremedim|giremem', category: 'homeless_runaway' },
    { match: 'gece|bugece nerde|nerede|nereye yatarim|kalirim|uyurum|yatacagim|kalacagim|uyuyacagim|yaticam|kalicam|uyucam', category: 'homeless_runaway' },
    // Without the night: "bu hafta sonundan sonra nerde kalcam bilmiyorum".
    { match: 'nerde|nerede kalcam|kalicam|kalacagim|yatcam|yaticam|yatacagim bilmiyorum', category: 'homeless_runaway', level: 'unclear', unless: 'otel|oteli|airbnb|hostel|tatil|tatilde|gezi|pansiyon' },
    // A forced marriage planned: "beni orda birakip evlendireceklermis".
    { match: '{fam} evlendirecek*|evlendirce*|evlendiricek*|evlendiriyo*|evlendirmek ^istiyo*', category: 'threat', gap: 8 },
    // Something will happen to the family: "kardesine bisey olur".
    { match: 'kardesine|kardesime|annene|anneme|babana|ailene|aileme|sana bisey|birsey|bir ^sey olur|olacak|olucak', category: 'threat' },
    { match: 'kanepeden ^kanepeye', category: 'homeless_runaway' },
    { match: 'dayanamiyorum', category: 'suicide', level: 'unclear' },
    { match: 'her seyden biktim', category: 'suicide', level: 'unclear' },
    { match: 'artik|artık yapamiyorum', category: 'suicide', level: 'unclear' },
    { match: 'kaybolmak {want}', category: 'suicide', level: 'unclear', unless: conceptsTr.getaway },
    { match: 'hicbir seyin anlami yok', category: 'suicide', level: 'unclear' },
  ],
};
