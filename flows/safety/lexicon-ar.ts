import { conceptsAr } from './concepts-ar';
import type { SafetyLexicon } from './lexicon';
import { PLAY_WORDS } from './play-words';

/** A lesson's, a film's or a talk's words: the noun of a danger beside them is the lesson's ("وثائقي عن الجرعة الزايدة"). */
const LESSON = 'عرض|وثائقي|فيلم|مسلسل|درسنا|درسونا|اخدنا|مشروع|بحث|محاضره|توعيه|فلايرز|بيولوجي|البيولوجي|اسعافات|دروس|حراسه';
/** A first-aid lesson: "if someone isn't breathing" is what is taught there. */
/** Away for a reason told (a trip, a mourning, a wedding; a failed exam is none): "مش هكون موجود الجمعة، مسافر مع ابويا". */
const AWAY_FOR_A_REASON = `${conceptsAr.elsewhere}|عزا|عزاء|العزا|العزاء|عرس|العرس|فرح`;
const FIRST_AID = `${LESSON}|ehbo|cursus|reanimatie|t3lmna|ta3allamna|تعلمنا|كورس|kors|cours`;
/** Now, in the dialects and in Latin letters: "هلق", "هسه", "الحين", "دلوقتي", "دابا", "halla2", "delwa2ti", "daba". */
const NOW = 'هلق|هلأ|هسه|هسا|هسع|الحين|دلوقتي|دلوقت|دلوئتي|دابا|دركا|توا|الان|حاليا|halla2|hala2|hla2|hassa|hessa|hasa|el7in|al7in|l7in|delwa2ti|delwa2ty|dilwa2ti|dlwa2ty|dlw2ty|dlwa2ti|daba|dorka|durka|tawa|tawwa|7alyan';
/**
 * Fine, well, at ease: "منيح", "كويسة", "بخير", "زين", "مزيانة", "mni7a", "kwayesa". Not "تمام", which is also "full"
 * ("صرلي سنة تمام", a full year), nor "احسن", "better than".
 */
const FINE = 'منيح|منيحه|مليح|مليحه|كويس|كويسه|كويسين|بخير|مرتاح|مرتاحه|مبسوط|مبسوطه|زين|زينه|طيبه|طيبين|مزيان|مزيانه|لاباس|بامان|بأمان|فرحان|فرحانه|مستقر|مستقره|mni7|mni7a|mli7|mli7a|kwayes|kwayesa|kwayis|kwayyes|kwayyisa|kowayes|bkhir|bekhir|bikhir|b5er|b5ir|mirta7|mert7|mabsout|mabsoot|mabsouta|mabsoota|mzyan|mzyana|mezyan|mezyana|labas|far7an|far7ana|kheir|khair|5eir|5air';

/**
 * Arabic, standard and the dialects young people write (Levantine "بدي", Egyptian "عايز").
 * Words are compared without vowel marks and with one alif, "ه" for "ة" and "ي" for "ى".
 */
export const lexiconAr: SafetyLexicon = {
  concepts: conceptsAr,
  // "و" and, "ف" so, "ب" with (and the present, "بيضربني"), "ل" to, "ك" like (and Moroccan present, "كيضربني"),
  // "ال" the, "ع" on ("عالبيت"), "ح", "ه" and "س" will ("هيقتلني", "سيقتلني").
  attached: 'و|ف|ب|ل|ك|ال|وال|فال|بال|كال|لل|ولل|عال|ع|ح|ه|س',
  // Arabizi: "b" and "ka"/"kay" the present ("bydrobni", "kaydrbni"), "gha"/"ghay"/"ha"/"ra7" will, "w" and, "f" in, "l" the.
  byConsonants: { attached: 'b|bi|ka|kay|kan|ki|gha|ghay|ghad|ha|rat|w|f|l|el' },
  slang: {},
  classes: {
    fam:
      'ابي|ابوي|ابويا|ابويه|بابا|امي|ماما|اخي|اخوي|اخويا|زوج|عمي|خالي|صديقي|زوجي|جوزي|اهلي|ابوك|baba|bba|mama|abuy|abouya|khouya|akhoya|a5oya|5oya|akhi|' +
      'ukhti|khti|o5ti|ahli|zoji|jouzi|rajli|3ammi|khali|zoj',
    /** A thank-you and a "forgive me", said for everything: the goodbye rules below. */
    thanks: 'شكرا|شكراً|مشكورين|مشكور|متشكر|متشكره|shukran|shokran|chokran|choukran|merci',
    sorry: 'اسف|آسف|اسفه|آسفه|سامحني|سامحوني|سامحيني|sam7ni|sam7ouni|sam7oni|sam7ini|smeh|sme7',
    want: 'اريد|بدي|عايز|عاوزه|عايزه|ابغى|ابي|نفسي|حابب|اتمنى',
    findMe: 'بيلقاني|يلقاني|هيلاقيني|بيلاقيني|يلاقيني|يلقاوني|بيلاقوني|يلاقوني|ylqani|yl9ani|bil2ani|yla2ini|byla2ini|ila9ini|ghayl9ani|yl9awni',
    findYou: 'سنجدك|نلاقيك|بنلاقيك|هنلاقيك|نلقاك|نلقاكي|بلاقيك|بلاقيكي|لاقيك|لاقيكي|هلاقيك|هلاقيكي|nl9ak|nlqak|nl9ek|nl9aki|bla2ik|bla2eki|la2ik|la2iki',
    hit: 'يضربني|ضربني|تضربني|بيضربني|بتضربني|يضربونني|بيضربوني|ضربوني|يعنفني|ضربتني',
  },
  negations: 'لا|ما|مش|لن|مو|ليس|لست|ma|msh|mish|mosh|mush|mch|mech|machi|mashi|عمرني|ماعمرني|3mmerni|3emmerni|3ammerni|ma3mmerni',
  saidNo: 'قلت|قلتلو|قلتله|قلتلها|قلتلهم|قلتلك|قلتلوا|قلنا|قالت|قالو|قالوا|قلتها|9lt|glt|9oltlo|goltlo|gltlo|9ltlo|2eltello|2eltlo|2oltlo لا|la|lla|lah',
  thoughts: 'افكار|أفكار|فكره|فكرة|تفكير|نيه|نية|فكرت|fikra|afkar|tafkir|fkkart|fakkart',
  thoughtDenials: 'ماعنديش|معنديش|ماعندي|معندي|ما|لا|مافي|عمري|ta|ma|machi|mafich|mafi|ma3andich|ma3ndich|3omri',
  trailing: 'خلاص|والله|بجد|ابدا|بعد|الان',
  idioms: [
    // Not on purpose is an accident: "sorry, niet expres".
    'مش|ما|مو|msh|mosh|mish ^عن|3an|3la|3ala ^قصد|qasd|9asd|2asd',
    // "Someone I don't know follows me": the "not" is of knowing.
    'لا|ما|مش|مو اعرفه|اعرفها|بعرفه|بعرفها|نعرفو|نعرفوش|اعرفهم|بعرفهم',
    // "Forgive me for being late" and "the last message for today" are no goodbyes.
    'سامحني|سامحوني|سامحيني|سامحنا|sam7ni|sam7ouni|sam7ooni|samhni|samhouni|sam7oni على|عالتأخير|عالتاخير|ع|3ala|3la|3al ^ال? ^el? التأخير|التاخير|تأخيري|التأخر|ta25eer|ta2khir|takhir|ta5ir|ta2kheer',
    'اخر|آخر|akher|a5er|akhir ^رساله|رسالة|مسج|message|msg ^مني|الي|ليا|dyali|liya|menni? ^لليوم|اليوم|الليله|الليلة|lyoum|lyom|lioum|elyom|ellila|lyouma',
    // The waiting and the victory are one letter from suicide ("الانتظار", "الانتحار"): taken out, exactly.
    'انتظار!|الانتظار!|بالانتظار!|للانتظار!|والانتظار!|هالانتظار!|انتصار!|الانتصار!|بالانتصار!|والانتصار!',
    'مت|اموت|موت|ميت|بموت من الضحك|الجوع|الملل|النعس|التعب|البرد|الحر|الزهق|العطش', 'موتني|موتتني|قتلني|قتلتني ^ضحك|من ^الضحك',
    // Where to live, not whether: "ما بدي عيش بهولندا طول عمري".
    // Not "في هالدنيا", "بهاد العالم": living in this world is living.
    'عيش|اعيش|العيش|أعيش|نعيش ^بهولندا|^بهولنده|^بهالبلد|^هون|^هنا|^بأوروبا|^باوروبا|^بامستردام',
    'عيش|اعيش|العيش|أعيش|نعيش ^في|^ب ^هولندا|^هولنده|^البلد|^هالبلد|^اوروبا|^أوروبا|^امستردام|^المغرب|^سوريا|^العراق|^مصر'],
  contexts: {
    play: `${PLAY_WORDS}|لعبه|اللعبه|مباراه|ملاكمه|بوكس|كيك|تدريب|كراتيه|جودو|sparring|kickboxing|boxe|boxing|karate|judo|training|entrainement`,
    past:
      'زمان|كنت|سابقا|قبل|9bel|qbel|kont|kunt|kount|كان|كانت|' +
      // Was, were in the dialects (Iraqi "جنت", "جان"), the past itself, back then, in my childhood, in primary school.
      'كنا|كانو|كانوا|كنتي|كنتو|جنت|چنت|جان|چان|جانت|چانت|جنا|چنا|kanet|kanat|kanou|kano|kanu|kenna|konna|kunna|kenti|konti|kunti|chint|chinit|' +
      'الماضي|بالماضي|فالماضي|للماضي|lmadi|elmadi|وقتها|ساعتها|ايامها|حينها|انذاك|قديما|w2tha|wa2tha|wa2teha|sa3etha|sa3tha|' +
      'طفولتي|بطفولتي|فطفولتي|صغري|بصغري|فصغري|مراهقتي|بمراهقتي|الابتدائي|بالابتدائي|فالابتدائي|ابتدائي|الابتدائيه|ibtida2i|ibtidai',
    topic: 'فلايرز|flyers|بيولوجي|البيولوجي|كيمياء|الكيمياء|درسنا|درسونا|الحصه|بالحصه|اصبح|مهنه|دراسه|ادرس|فيلم|مسلسل|اخبار|كتاب|مشروع|بحث|تقرير|احصائيات|احصائيه|منشورات|تطوع|متطوع|وثائقي|مقال|الوقايه|توعيه|بحثا|ابحاث|مدرسي|مدرسيا|بروجكت|بروجيكت|مشروع|حالات|منع|بريزنتيشن|برزنتيشن|بوستر|poster|روايه|الروايه',
  },
  /** لقاء قادم (flows/safety/lexicon.ts, seeYouAgain): "نشوفك الاسبوع الجاي"، "الى اللقاء". */
  seeYouAgain: [
    'نشوفك|نشوفكم|اشوفك|اشوفكم|بشوفك|بشوفكم|منشوفك|منشوفكم|nshoufek|nchoufek|nchofk|nshofak|ashoufak|nshoufkom|nchoufkom بكرا|بكره|غدا|الاسبوع|الأسبوع|الجمعه|السبت|الاحد|الاثنين|التلات|الثلاثاء|الاربعاء|الخميس|bokra|ghda|lesbou3',
  ],
  recovered: [
    // Has a home now, said together: "صار عنده بيت" (not "لعنده", to his place, with a house further on).
    'عنده|عندها|عندو|3ndo|3ando|3andha ^بيت|^غرفه|^دار|^dar|^bit',
    'خديت|خذيت|اخذت|أخذت ^ال? مساعده|المساعده|علاج',
    'kolchi|kolshi|كلشي mzyan|مزيان|تمام|بخير|labas',
    'صرت|صار|هلق|هلا|الحين احسن|منيح|mni7|a7san|ahsan|mli7',
    'الحمد ^لله احسن|منيح',
    'هلق|هسه|الحين|دابا|دلوقتي|halla2|daba الحمد? لله? عندي غرفه|بيت|دار|شقه|شغل|ghorfa|bit|dar|khedma',
    'عندي غرفه|بيت عن طريق',
    'كل ^شي ^تمام',
    'تعالجت|اتعالجت|تعالجت',
    'دابا|هلق|الحين|هسه|daba|halla2 ^انا? ^مزيان|^مزيانه|^بخير|^بأمان|^بامان|^labas|^mzyan',
    // Now I am (my affairs are) fine: "والحين أموري طيبة", "دلوقتي كويسة".
    'دابا|هلق|الحين|هسه|دلوقتي|ودابا|وهلق|والحين|وهسه|ودلوقتي|daba|halla2|delwa2ty ^انا? ^اموري|حالي|وضعي? ^مزيان|مزيانه|بخير|بأمان|بامان|labas|mzyan|طيبه|طيب|كويس|كويسه|منيح|منيحه|تمام',
    'اخدت|أخذت|خذيت|تلقيت مساعده|علاج|دعم',
    'هلق|هلا|الحين|هسه|دابا|halla2|daba ^وصلت|^صرت ^عالبيت|^بالبيت|^للبيت|^عالدار',
    'وصلت ^عالبيت|^للبيت|^البيت',
    'daba|دابا|halla2|هلق|dorka|durka|دركا tbdl|tbddel|tbedel|tbeddel|تبدل|اتغير|tghayar|t8ayar|tghayyar',
    'mli7|mli7a|mzyan|mzyana|labas|مليح|مليحه|مزيان|مزيانه|بخير ^dorka|durka|daba|دابا|دركا|halla2|هلق',
    // Egyptian and Levantine in Latin letters: "delwa2ty 3andi ooda w shoghl el7amdulillah".
    'halla2|hala2|daba|delwa2ty|dlwa2ty|delwa2ti|dorka|hassa ^el7amdulillah|alhamdulillah|hamdullah|l7amdulah? 3andi|3ndi|3endi ooda|oda|ghorfa|bit|beit|dar|sha2a|shoghl|shoghol|khedma|sakan',
    'halla2|hala2|hla2|daba|dorka|durka|دركا|هلق|هلا|هلأ|الحين|هسه|دابا كلشي|kolshi|kolchi|kulshi|tamam|تمام|mzyan|mezyan|mni7|منيح|منيحه|kwayes|كويس|mli7|مليح|احسن|a7san',
    // Now I am fine, in every dialect: "دلوقتي الحمد لله احسن بكتير", "هسه الحمد لله زين", "delwa2ti ana kwayesa".
    `${NOW} ${FINE}|تمام|tamam|احسن|a7san|ahsan`,
    `${NOW}|الحمد|والحمد|el7amdulillah|alhamdulillah|hamdullah ^انا? تغيرت|اتغيرت|تحسنت|اتحسنت|تعافيت|اتعافيت|tghayart|t7assant|t7asant|t3afit`,
    'صرت|بقيت|وليت|sert|b2et|wlit ^انسان|^شخص|^واحد|^واحده|^insan|^wa7ed ^تاني|^ثاني|^اخر|^جديد|^tani|^jdid',
    // "هلق لا": not anymore.
    `${NOW} لا|لأ|la2|la $`,
    // An old story; no contact; out of my life; living my life normally, loving it.
    'قصه|حكايه|حاجه|سالفه|9issa|2esa|qessa|2issa ^قديمه|^قديم|^9dima|^2adime|^2adima|^qadima',
    'ما|مافي|ماكو|مفيش|مكاينش|ماعنديش|ma|mafi|mako|mafish|makaynch ^في? ^اي|^أي? تواصل|علاقه|tawasol|3ala2a|3ela2a|3laqa|contact',
    'طلع|خرج|راح|مشي|اختفى|tla3|khraj|ra7 من حياتي|حياتنا|7ayati|7yati',
    'عايش|عايشه|عايشين|3ayesh|3aysh|3aysha|3ayech حياتي|حياه|7ayati|7yati ^طبيعي|^طبيعيه|^عادي|^عاديه|^normal|^tabi3i|^3adi',
    'بحب|احب|بحبها|كنحب|ba7eb|b7eb|kan7eb حياتي|7ayati|7yati',
    'الموضوع|القصه|الحكايه|السالفه|lmawdou3 ده|دا|هاد|هيدا|هذا|هاذا ^كله? خلص|انتهى|خلصت|انتهت',
    'خلص|انتهى|خلصت|انتهت ال? الموضوع|القصه|الحكايه|السالفه|lmawdou3', 'زمان|سنين وانتهى|وخلص|وعدى|وفات|وانتهت|وخلصت',
    `كلشي|وكلشي|kolchi|kolshi ^صار|^بقى? ^${FINE}`, `كل|وكل ^شي|^شيء ^صار|^بقى? ^${FINE}|طيب`,
  ],
  ago: ['زمان', 'mn|men|min sanateen|sntin|santen|3amein|snin|sneen', 'mlli|mli|mnin kan|kont 3andi #', 'قبل # سنه|سنين|سنوات|شهور|اشهر', 'قبل|من ثلاث|تلات|اربع|خمس|ست|سبع|ثمان|تمن|عشر|كم|كام|شي سنين|سنوات|شهور', 'قبل|من سنتين|سنه|شهرين', 'من # سنه|سنين|سنوات|شهور', 'السنه الماضيه', 'لما|لمن|وقت|كي كنت ^عمري? # سنه|سنين|سنوات', 'عمري # سنين|سنه|سنوات|سنة', '3omri|3mri|omri # snin|sana|sinin', 'لما كنت صغير|صغيره', 'mli|mnin|lama kont|kunt sghir|sghira', '9bel|qbel|9bl # snin|3am|sna', '9bel|qbel 3amein|3amen',
    'قبل سنين|سنوات|زمان', 'من سنين|سنوات', 'شحال|شحاله|chhal|ch7al|sh7al ^هادي|^hadi',
    'وانا|واحنا|كنت|جنت|چنت|كنا|wana|kont|kunt|konna ^صغير|^صغيره|^صغار|^زغير|^زغيره|^sghir|^sghira|^zghir|^zgher|^zghira|^soghayar|^soghayara|^soghayyar|^sghayar|^zghar',
    'ايام|بايام|فايام ^ال? ^المدرسه|الثانوي|الثانويه|الاعدادي|الاعداديه|المتوسطه|المتوسط|الابتدائي|الليسي|الكوليج|ثانوي|اعدادي',
    'لما|لمن|يوم|ملي|كي|وقت|lamma|lama|mli|mnin كنت|جنت|چنت|kont|kunt ^في|^ب|^ف? بالمدرسه|المدرسه|فالمدرسه|الثانوي|بالثانوي|فالثانوي|ثانوي|الاعدادي|اعدادي|بالاعدادي|فالاعدادي|المتوسطه|بالمتوسطه|المتوسط|الابتدائي|بالابتدائي|فالابتدائي|الليسي|فالليسي|الكوليج|فالكوليج|madrase|madrasa|lycee|college|e3dadi|sanawi|ibtida2i'],
  longOver: ['خلص|خلصت|سالا من|هادي سنين|سنوات', 'هادشي|هدشي|هذا سالا|خلص|فات|انتهى', 'من زمان بطلت|وقفت', 'صرلي # سنه|سنين|شهور', 'من|صرلي|صارلي|هاد|هذا # سنه|سنين|سنوات|شهور|اشهر', 'بقالي|بقالى|صرلي|صارلي|ba2ali|bqali|sarli #|تلات|ثلاث|اربع|خمس|كم|كام ^سنه|سنين|سنوات|شهور ^كويس|كويسه|مزيان|مزيانه|منيح|منيحه|بخير|نظيف|نظيفه|clean',
    // "بقالي سنتين مبطلة", "دابا هادي 3 سنين وانا مزيانة", "بخير من سنين", "صارت من الماضي", "دي صفحة واتقفلت".
    `بقالي|بقالى|صرلي|صارلي|هادي|هاذي|ba2ali|bqali|sarli|hadi ^#? ^سنه|^سنين|^سنوات|^سنتين|^شهور|^شهرين|^اشهر|^sana|^snin|^sntin|^sentin|^santen|^3amein|^shhor|^chhor ^وانا|^انا? ^${FINE}|^مبطل|^مبطله|^مبطلة|^بطلت|^نظيف|^نظيفه|^clean|^nadif|^nadifa`,
    `${FINE}|مبطل|مبطله|نظيف|نظيفه|clean ^من|^بقالي|^صرلي|^هادي|^mn|^men|^min ^#? ^سنه|^سنين|^سنتين|^سنوات|^زمان|^snin|^sntin|^zman|^zaman`,
    'بطلت|بطلتها|توقفت|تركتها|مبطل|مبطله ^من|^بقالي|^صرلي|^هادي ^#? ^سنه|^سنين|^سنوات|^سنتين|^شهور|^شهرين|^زمان',
    'صار|صارت|وصار|وصارت|بقى|بقت|وبقى|وبقت|ولى|ولات|wla|wlat|sar|sarat|ba2a ^من|mn|men|min? ^الماضي|^ماضي|^lmadi|^elmadi',
    'هذا|هاد|هيدا|ده|دا|دي|هادشي|هذي|هاي|hadchi ^كله? ^صار? ^ماضي|^الماضي|^lmadi',
    'hadchi|hadshi|dakchi|dakshi ^kolo? ^sala|^fat|^tsala|^salat|^tqada',
    'صفحه اتقفلت|انقفلت|تسكرت|انطوت|طويتها|قفلتها|سكرتها|وانطوت|واتقفلت|وتسكرت|وانقفلت|وطويتها|وقفلتها|وسكرتها'],
  atSomeones: 'عند|عندو|عندها|3and|3end|chez',
  homeNow: [
    'هلق|هلا|هلأ|هسه|هسا|الحين|دلوقتي|دلوقت|دابا|توا|daba|drk|dorka|halla|hala2|hassa|delwa2ti|dl2ty ^انا? ^في? ^البيت|بالبيت|فالبيت|الدار|فالدار|بالدار|بيتي|داري|lbit|ldar|dar|darna|beit|lbeit|fdar|fldar',
    'هلق|هلا|هلأ|هسه|هسا|الحين|دلوقتي|دلوقت|دابا|توا|daba|drk|dorka|halla|hala2|hassa|delwa2ti ^انا? ساكن|ساكنه|ساكنين|عايش|عايشه|عايشين|saken|sakna|sakin|3ayech|3aysh|3ayesh',
    'هلق|هلا|هلأ|هسه|هسا|الحين|دلوقتي|دلوقت|دابا|توا|daba|drk|dorka|halla|hala2|hassa|delwa2ti عندي|عنا|عندنا|3andi|3ndi|3anna|3andna ^بيت|غرفه|اوضه|شقه|دار|ستوديو|studio|bit|dar|beit|blasa',
  ],
  cameBack: ['رجعت|ورجعت|رجعنا|ورجعنا|رجع|ورجع|rj3t|rje3t|rja3t|rjaat|rj3na|reje3t'],
  rules: [
    // No future seen: "ik zie geen toekomst meer", "не бачу себе в майбутньому", "ما شايف اي مستقبل".
    { match: 'ما|مش|مو|ماني|مانيش شايف|شايفه|كنشوف|بشوف|عندي ^اي|^أي? مستقبل', category: 'suicide', level: 'unclear' },
    { match: 'ماعنديش|معنديش|ماعندي|مافي|مفيش مستقبل', category: 'suicide', level: 'unclear' },
    // Going to God, not being in this world: "بغيت نمشي عند الله قبل العيد", "ما بقيتش غادي نكون فهاد الدنيا".
    { match: 'رح|راح|ra7 روح|اروح|rou7|arou7 عند|لعند|3nd|3and ^الله|^ربي|^allah|^rabbi', category: 'suicide', unless: 'كلنا|kolna|kellna|يرحم|الله يرحمه|حج|الحج|عمره|العمره|جدي|جدتي' },
    { match: 'بغيت|بدي|ابغى|اريد|عايز|bghit|bdi|baddi نمشي|نروح|امشي|اروح|روح|nmchi|nemchi|nrou7|rou7 عند|لعند|3nd|3and ^الله|^ربي|^allah|^rabbi', category: 'suicide' },
    { match: 'ما|مش|مو|ma|mch|msh نكون|اكون|nkoun|nkon|akoun فهاد|فهاذ|بهالدنيا|فهالدنيا|الدنيا|بالدنيا|فالدنيا|ddenya|dnya|denya|dunya', category: 'suicide' },
    // A burden on everyone; not being there anymore; not being found tomorrow; the last time one writes: worries.
    { match: 'عبء|عبئ|عبا|حمل|ثقل|3eb2|3ib2|3eb2a|3ebe2|7mel|7iml|t9il|t9al على|علي|3ala|3la ^كل? الكل|الناس|اهلي|عيلتي|عائلتي|لعائله|lkol|nas|ennas|ahli|familti|l3a2ila|3a2ilti|l3ayla', category: 'suicide', level: 'unclear' },
    // Home no longer bearable: "الوضع في البيت لم يعد يحتمل", "الدار ما بقاتش كتنطاق".
    { match: 'البيت|الدار|بالبيت|فالدار|بالدار|البيت لم|ما|مش|ماعاد|مبقاش|مابقاش|مابقاتش يعد|عاد|بقا|بقى|بقات? يحتمل|يطاق|ينطاق|تنطاق|كتنطاق|ينحمل|يتحمل|يتحمل', category: 'violence_home', level: 'unclear', gap: 3 },
    // No point, nothing will change: "خلص ما في داعي تبعتولي، ما رح يتغير شي".
    { match: 'ما|مش|مو رح|ح|راح|غادي يتغير|يتبدل|تتغير شي|شيء|حاجه|والو $', category: 'suicide', level: 'unclear', unless: 'الجدول|جدول|الموعد|المواعيد|الوقت|الدوام|الساعه|البرنامج' },
    // Put out of the house: "ygoul iza ma ligit shoghol ytal3ni mn el bet".
    { match: 'ytal3ni|yetla3ni|ytala3ni|yitla3ni|يطلعني|يطلعوني|ytardni|yetrodni|ytardouni mn|men|min ^el|^l? bet|beit|bait|dar|lbit|ldar|البيت|الدار', category: 'homeless_runaway', level: 'unclear' },
    { match: 'انا ^بس|غير|مجرد? ^عبء|عبئ|عبا|3eb2|3ib2 $', category: 'suicide', level: 'unclear' },
    // Nobody would feel it: "لو متت بكرا ما حدا رح يحس".
    { match: 'متت|مت|رحت|اختفيت ^بكرا|بكره|غدا|بكرة? ما|مش ^حدا|حد|احد ^رح|ح|راح|هي? يحس|يحسو|بيحس|يلاحظ|يهتم|يفتقدني|يشتاقلي|يسأل|يسال', category: 'suicide', level: 'unclear' },
    { match: 'متت|مت|رحت|اختفيت ^بكرا|بكره|غدا|بكرة? محدش|ماحد|ماحدا ^رح|ح|هي? يحس|يحسو|بيحس|يلاحظ|يهتم|يفتقدني|يشتاقلي|يسأل|يسال', category: 'suicide', level: 'unclear' },
    // Shame as a hold: "iza ma b3mel hek bi fda7ni".
    { match: 'يفضحني|بيفضحني|بفضحني|حيفضحني|هيفضحني|غيفضحني|yfda7ni|bifda7ni|bfda7ni|fda7ni|yfde7ni|ghayfda7ni|yfadda7ni', category: 'sexual_violence', level: 'unclear' },
    // Acid on the face: "رح يكبلي اسيد ع وجي".
    { match: 'اسيد|حمض|الاسيد|الحمض|asid|acid|asido ع|على|علي|في|ف|بوجي|بوجهي|وجي|وجهي|وشي|wishi|wjhi|wajhi|wechi', category: 'threat', gap: 2 },
    // Not home tonight: "ما نقدرش نرجع للدار الليلة", "ma baddi arja3 3al bet".
    { match: 'ما|مش|مانيش|ماني نقدرش|نقدر|اقدر|بقدر|قادر|قادره|نقدرشي نرجع|ارجع|نروح|اروح|نمشي للدار|للبيت|عالبيت|البيت|الدار|لدار|ldar|lbit الليله|الليلة|lila|ellila', category: 'homeless_runaway', level: 'unclear', gap: 2 },
    { match: 'ma|msh|mish|mch|mosh baddi|bdi|bghit|abi|biddi arja3|nrja3|erja3|nerja3|nerjaa ^3al|3a|l|lel|lil? bet|beit|bait|dar|lbit|ldar|bit', category: 'homeless_runaway', level: 'unclear' },
    { match: 'ma|msh|mish|mch|mosh baddi|bdi|bghit|abi|biddi arja3|nrja3|erja3|nerja3 $', category: 'homeless_runaway', level: 'unclear' },
    { match: 'مش|مو|ما|msh|mish|mosh|ma هكون|حكون|هبقى|اكون|كون|hakoun|ha2koun|hab2a|habqa|koun|akoun موجود|موجوده|mawgoud|mawgouda|mawjoud|mawjouda', category: 'suicide', level: 'unclear', unless: AWAY_FOR_A_REASON },
    { match: 'ما|مش|مو راح|رح|ح|غادي تلگوني|تلقوني|تلاقوني|تلاقيني|تلقاوني|تشوفوني|تشوفني', category: 'suicide', level: 'unclear' },
    { match: 'اخر|آخر ^مره|^مرة بكتبلكن|بكتبلكم|اكتبلكم|بكتبلك|اكتبلك|نكتبلكم|بحكي|احكي|نهضر', category: 'suicide', level: 'unclear' },
    // الشكر والاعتذار عن الوقت ينهيان محادثات كثيرة: قلق فقط بجانب قلق آخر.
    { match: '{thanks} على|ع|عن|3la ^كل|^kol ^شي|^شيء|^حاجه|^حاجة|^shi|^7aja|^haja|^حاجه', category: 'suicide', level: 'unclear', alongside: true },
    { match: '{thanks} ^على|ع|عن|3la|3ala|f? كلشي|كلشيء|kolchi|kulshi|kolshi', category: 'suicide', level: 'unclear', alongside: true },
    { match: 'اسف|آسف|اسفه|آسفه|سامحني|سامحوني ضيعت|ضيعتلكم|ضيعتلك|اخذت|أخذت وقتك|وقتكم', category: 'suicide', level: 'unclear', alongside: true },
    { match: '{sorry} ^liya? على|ع|عن|3la|3ala|f ^كل|kol|kul ^شي|شيء|حاجه|حاجة|shi|chi|7aja|haja', category: 'suicide', level: 'unclear' },
    { match: '{sorry} ^liya? ^على|ع|عن|3la|3ala|f? كلشي|كلشيء|kolchi|kulshi|kolshi', category: 'suicide', level: 'unclear' },
    // "This is my last message", as in the other languages (not the last one for today: an idiom).
    { match: 'هادي|هذه|هاي|هيدي|دي|هذي|هاد|hadi|hay|hedi ^هي|هيا|hiya|hia? ^اخر|آخر|akher|a5er|akhir ^رساله|رسالة|مسج|رسالتي|message|msg|risala', category: 'suicide', level: 'unclear' },
    { match: 'اخر|آخر|akher|a5er|akhir ^رساله|رسالة|مسج|message|msg|risala ^ديالي|dyali|diali|تبعي|taba3i', category: 'suicide', level: 'unclear' },
    // A farewell's words, each a worry: the last time you hear from me, don't look for me, forgive me all, nothing matters after tonight, gone and not coming back.
    { match: 'اخر|آخر مره|مرة تسمع|تسمعو|تسمعوا|تسمعي مني', category: 'suicide', level: 'unclear' },
    { match: 'لا|ما تدوروا|تدورو|تدورون|تبحثوا|تبحثو عليا|علي|عني', category: 'suicide', level: 'unclear' },
    { match: 'متدوروش|ماتدوروش عليا|علي', category: 'suicide', level: 'unclear' },
    { match: 'سمحولي|سامحوني|سامحني كاملين|كلكم|الكل|جميعا', category: 'suicide', level: 'unclear' },
    { match: 'بعد الليله|الليلة ما|مش|مو يفرق|بيفرق|يهم|بتفرق|فرق', category: 'suicide', level: 'unclear' },
    { match: 'رايح|رايحه ومش|وما|ومو راجع|راجعه', category: 'suicide', level: 'unclear' },
    { match: 'قولو|قولوا|قول|قولي|گولو|خبرو|خبروا|بلغو|9olo|qolo|golo|2olo|gulu|9ouli|qouli لماما|لامي|لأمي|لمامتي|لبابا|لابوي|لاهلي|لعيلتي|للكل|لخوتي|lmama|lmima|lbaba|l2ahli|lwalida|mama|mima|baba|ummi بلي|انو|انه|اني|belli|bli|ino|enno? كنبغيها|كنبغيهم|كنبغيكم|بحبها|بحبهم|بحبكم|بحبه|كنبغيه|بحبك|احبها|احبهم|احبكم|kanbghiha|kanbghihom|kanbghikom|kanbghih|b7ebha|b7ebhom|b7ebkom|bahebha|ba7ebha|bhebha', category: 'suicide', level: 'unclear' },
    { match: 'mabqitsh|mab9itch|mabqitch baghi|bghit ^nkoun|nb9a', category: 'suicide', level: 'unclear' },
    { match: 'البيت ما احب|بدي ارجع*', category: 'homeless_runaway', level: 'unclear' },
    { match: 'حبوب|ادويه|دوا كثير|كثيره|كتير|كلها', category: 'medical' },
    { match: 'بلعت|شربت حبوب|ادويه|دوا', category: 'medical' },
    // A lesson's overdose by words of its own, not as a topic: "عم نحضر وثائقي عن الجرعة الزايدة".
    { match: 'جرعه زايده|زائده', category: 'medical', unless: LESSON },
    // Someone not breathing, as in the other languages: "صاحبتي طاحت وما كاتتنفسش", "ما عم يتنفس".
    { match: 'ما|وما|مش|ومش|مو|ma|wma|mch|mech|mo ^عم|كي|3am? ^كيتنفس*|كاتتنفس*|كاتنفس*|يتنفس|تتنفس|بيتنفس|بتتنفس|kaytnfs*|kaytnffs*|katetnfs*|katnfs*|ytnafas|bitnafas|btetnafas|btitnafas', category: 'medical', unless: FIRST_AID },
    { match: 'ماكيتنفس*|ماكاتتنفس*|ماكاتنفس*|مابيتنفس|مابتتنفس|makaytnfs*|makaytnffs*|makatetnfs*|makatnfs*|mabitnafas|mabtetnafas', category: 'medical', unless: FIRST_AID },
    { match: '{want} ان? اموت|موت|الموت|انتحر', category: 'suicide' },
    { match: 'انتحار|الانتحار|انتحر|سانتحر|للانتحار', category: 'suicide', topic: true },
    { match: 'لا|ما|مش {want} ان? عيش|اعيش|العيش', category: 'suicide' },
    { match: 'اقتل|ساقتل|بقتل نفسي|حالي|روحي', category: 'suicide' },
    { match: 'انهي|سانهي|انهاء|بنهي حياتي', category: 'suicide' },
    { match: 'لا احد سيشتاق', category: 'suicide' },
    { match: 'تعبت من الحياه', category: 'suicide' },
    { match: 'الحياه بلا معنى', category: 'suicide' },
    { match: 'اجرح|جرحت|اوذي|اذيت|بجرح نفسي', category: 'self_harm' },
    { match: 'ايذاء النفس', category: 'self_harm', topic: true },
    { match: '{fam} {hit}', category: 'violence_home' },
    { match: '{hit}', category: 'violence_home' },
    { match: 'لا|مش|ما اشعر|حاسس|حاسه بالامان', category: 'violence_home' },
    { match: 'لست امنا|امنه في? البيت', category: 'violence_home' },
    { match: 'اخاف|خايف|خايفه|خائف|خائفه من {fam}', category: 'violence_home' },
    { match: 'خايف|خايفه|خائف|خائفه ان? ارجع|اروح البيت', category: 'violence_home' },
    { match: 'عنف|العنف في? البيت|اسري|الاسري', category: 'violence_home', topic: true },
    { match: 'خايف|خايفه|خائف|خائفه من البيت', category: 'violence_home' },
    { match: 'اغتصاب|للاغتصاب|تحرش', category: 'sexual_violence', topic: true },
    // Done to the young person, never a lesson's word: "بالمدرسه في واحد اغتصبني".
    { match: 'اغتصبني|اغتصبوني|اغتصبتني', category: 'sexual_violence' },
    { match: 'يتحرش|بيتحرش|تحرش ^بي|^فيا|^فيني', category: 'sexual_violence' },
    { match: 'اعتداء جنسي', category: 'sexual_violence', topic: true },
    { match: 'يلمسني|لمسني', category: 'sexual_violence' },
    { match: 'يبتزني', category: 'sexual_violence' },
    { match: 'ابتزاز', category: 'sexual_violence', unless: LESSON },
    { match: 'هددوني|يهددني|يهددونني|بالقتل', category: 'threat', unless: conceptsAr.creditor },
    { match: 'تهديد', category: 'threat', unless: `${conceptsAr.creditor}|${LESSON}` },
    { match: 'سيقتلني|سيقتلونني|يقتلني|يقتلوني', category: 'threat' },
    { match: 'يزوجني|يجبرونني بالغصب|غصب|قسري', category: 'threat' },
    // Said as a noun, forced marriage may be a lesson's or a film's: "عرض بالمدرسة عن الزواج القسري".
    { match: 'زواج بالغصب|غصب|قسري', category: 'threat', unless: LESSON },
    { match: 'يجبرونني|يجبروني|يجبرني على? الزواج', category: 'threat' },
    { match: 'هربت|طلعت من البيت', category: 'homeless_runaway' },
    { match: 'انام|نمت في الشارع', category: 'homeless_runaway' },
    { match: 'نايم|نايمة|بنام|انام|نمت بالشارع|بالشوارع', category: 'homeless_runaway' },
    { match: 'ما|مش|لا عندي|في مكان انام|للنوم|انام', category: 'homeless_runaway' },
    { match: 'طردوني|طردني من البيت', category: 'homeless_runaway' },
    // Killing oneself said in Latin letters, every person and tense: "ra7 tenta7er", "sa2antahir", "bnta7er".
    { match: 'tenta7er|yenta7er|enta7er|nta7er|ntaher|nentaher|nenta7er|antahir|antaher|sa2antahir|inti7ar|enti7ar|ent7ar|bnta7er|bentaher|ntahar', category: 'suicide', topic: true },
    // Leaving this world: "بدي امشي من هالدنيا", "3ayiz amshi min el donya", "nmchi mn had denya".
    {
      match: 'امشي|اروح|ارحل|اغادر|نمشي|نرحل|اطلع|nmchi|nemchi|amshi|amchi|aro7|arou7|ar7al|nr7al|nkhroj|من|min|mn|men ال?|el?|had? الدنيا|هالدنيا|دنيا|donya|dunya|denya|dinya',
      category: 'suicide',
      gap: 2,
    },
    // Sparing the others oneself: "رح ريحهم مني", "7arayy7hom menni".
    { match: 'ريحهم|اريحهم|بريحهم|نريحهم|هريحكم|ريحكم|اريحكم|arayy7hom|7arayy7hom|nrayy7hom|bray7hom|nray7kom|ray7hom ^مني|منّي|menni|minni|meni|mni', category: 'suicide' },
    // A rope got ready: "جبت الحبل", "شريت حبل".
    { match: 'جبت|اشتريت|شريت|حضرت|ربطت|jbt|jebt|chrit|shareet الحبل|حبل|lhbel|l7bel|7bel|hbel', category: 'suicide', level: 'unclear' },
    // A big dose taken: "تناولت جرعة كبيرة".
    { match: 'جرعه|جرعات كبيره|زايده|زائده|عاليه|كثير|كتير', category: 'medical', unless: LESSON },
    { match: 'اتصل|اتصلو|كلم|نادو|عيطو|3ayto|ettasel بالاسعاف|الاسعاف|اسعاف|ambulance|lambulance|sos', category: 'medical' },
    { match: 'غصبني|غصبوني|ghasabni|ghasbouni|اغتصبوني|اعتدى ^علي|عليا|عليّ|اعتدوا ^علي|عليا', category: 'sexual_violence' },
    { match: 'تعرضت ^للاعتداء|لاعتداء|للتحرش|لتحرش|للاغتصاب', category: 'sexual_violence' },
    // Rent paid another way: "الكرا تقدري تخلصيه بطريقة أخرى".
    { match: 'الكرا|الكراء|الايجار|الاجار|الإيجار|kra|lkra بطريقه|بطريقة|tari9a|tari2a اخرى|تانيه|ثانيه|okhra|tanya', category: 'sexual_violence', gap: 6 },
    // Threats quoted: "قالي نقبرك", "galou ghan9tlk", "2alli ha2tlak".
    {
      match:
        'قال|قالي|قالولي|قالو|قالت|9al|9ali|gal|galli|gali|galou|2al|2alli|2alou|qal|qali نقبرك|نقبروك|نقتلك|نقتلوك|نذبحك|نذبحوك|نخرجوك|مقطع|مقطّع|نقطعك|نحرقك|بقتلك|بدبحك|ndbhk|n9tlk|nqtlk|ghan9tlk|ghanqtlk|n9brk|nqbrk|n9ebrek|ha2tlak|2a2tlak|hamawtak|hanmawtak|ndfnak|nedfnak',
      category: 'threat',
      gap: 8,
    },
    // Finishing someone: "هيخلصوا عليا", "haykhalsou 3alaya", "بيكمل عليّ".
    { match: 'يخلصو|يخلصوا|هيخلصوا|حيخلصوا|بيخلصوا|هيخلصو|بيكمل|يكمل|هيكمل|haykhalsou|hykhalso|7aykhalso|haykhalasou|ykhalso|ykhalsou ^علي|عليا|3alaya|3alay|3liya|3leya', category: 'threat' },
    // Being followed: "واحد يتبعني", "kaytb3ni wa7d".
    {
      match: 'يتبعني|بيتبعني|يلاحقني|بيلاحقني|لاحقني|يلحقني|بيلحقني|متبعني|ملاحقني|يراقبني|بيراقبني|kaytab3ni|kaytba3ni|kaytb3ni|yla7e2ni|yl7a2ni|bil7a2ni|ylaa7egni|yla7egni|yetba3ni|yraqebni',
      category: 'threat',
      unless: 'انستا|انستغرام|تيك|تيكتوك|تويتر|سناب|فيس|instagram|insta|tiktok|snap|follow|فولو|حساب|اكاونت|account|كوره|بالكوره|football|شبشب|بالشبشب',
    },
    // "He'll find me wherever I go": "قال بيلقاني وين ما رحت", "ghayl9ani fin ma mchit".
    { match: '{findMe} وين|فين|win|fin|wen|wayn|fayn ^ما|^ma', category: 'threat' },
    // "I'll find you and you'll regret it": "غادي نلقاك وغادي تندمي", "رح لاقيكي وموتك".
    { match: '{findYou} تندم|تندمي|تندمين|تندمو|موتك|نموتك|نقتلك|بقتلك|tndm|tndmi|tendem|tndmo|nmoutek|n9tlk', category: 'threat', gap: 4 },
    // A blood feud: "ياخذ الثار".
    { match: 'ياخذ|ياخد|ياخذون|ياخدو|ناخذ|طالبين|يطالبون|بيطالبو ^الثار|بالثار|ثار|بثار|التار', category: 'threat' },
    // "Their right taken from me": "راح ياخذون حقهم مني".
    { match: 'ياخذ|ياخد|ياخذون|ياخدو|ياخدوا|ياخذوا حقهم|حقه|حقنا ^مني|منك', category: 'threat' },
    // If they see me I'm dead: "eza shafooni ana mayyet".
    { match: 'شافوني|شافني|لقوني|shafooni|shafouni|shafoni|la2ooni|l9awni|lgawni ميت|mayyet|mayet|mayyit|maiet', category: 'threat' },
    // A burn or a cut put on one's own body: "بحرق إيدي بالولاعة", "كنحرق يدي بالما سخون".
    { match: 'احرق|بحرق|نحرق|كنحرق|حرقت|a7ra2|ba7ra2|n7r9|kan7r9|7ra9t ايدي|يدي|ذراعي|رجلي|جلدي|idi|yeddi|dra3i|rejli', category: 'self_harm' },
    // Nowhere to go or sleep: "ماعندي فين نمشي", "wallah ma 3indi makan".
    {
      match: 'ماعندي|ماعنديش|معنديش|ma3ndi|ma3andi|ma3ndich|ma3andich|ma3indi|ma3endi ^وين|فين|مكان|makan|mkan|fin|fayn|win|wen|blasa|ma7al',
      category: 'homeless_runaway',
      level: 'unclear',
    },
    {
      match: 'ما|مش|مافي|ma|mish|mafi ^عندي|3indi|3andi|3ndi|3endi ^وين|فين|مكان|makan|mkan|fin|fayn|win|wen|blasa|ma7al',
      category: 'homeless_runaway',
      level: 'unclear',
    },
    {
      match: 'ماعندي|ماعنديش|معنديش|ma3ndi|ma3andi|ma3ndich|ma3andich|ma3indi|ma3endi ^وين|فين|مكان|makan|mkan|fin|fayn|win|wen|blasa|ma7al نمشي|نروح|اروح|انام|نبات|ننعس|نعيش|اقعد|اسكن|nmchi|nmshi|nro7|aro7|anam|nbat|n3es|a23od|nsken',
      category: 'homeless_runaway',
      gap: 1,
    },
    {
      match: 'ما|مش|مافي|ma|mish|mafi ^عندي|3indi|3andi|3ndi|3endi ^وين|فين|مكان|makan|mkan|fin|fayn|win|wen|blasa|ma7al نمشي|نروح|اروح|انام|نبات|ننعس|نعيش|اقعد|اسكن|nmchi|nmshi|nro7|aro7|anam|nbat|n3es|a23od|nsken',
      category: 'homeless_runaway',
      gap: 1,
    },
    // Under a train or a bus: "بدي روح تحت القطار".
    { match: 'روح|اروح|ارمي|انط|نط|نرمي|ارمى|nrmi|nermi تحت|قدام القطار|الترين|المترو|الباص|السياره|الطوبيس|tobis|train|metro|tran', category: 'suicide', gap: 2 },
    // No place to sleep, said in standard Arabic: "ليس لدي مكان أنام فيه".
    { match: 'ليس|لا|ما ^لدي|عندي|لي|يوجد ^لدي? مكان|ماوي انام|للنوم|اسكن|اعيش|ابات|انام', category: 'homeless_runaway' },
    // An iron or a cigarette put on the skin: "لزقت المكواة في رجلي".
    { match: 'لزقت|لصقت|كويت|حطيت المكواه|مكواه|السيجاره|سيجاره|الولاعه|ولاعه|sigara|briquet ايدي|يدي|ذراعي|رجلي|جلدي|بطني|idi|yeddi|dra3i|rejli', category: 'self_harm' },
    { match: 'ما|مش عدت|بعد اقدر|قادر', category: 'suicide', level: 'unclear' },
    { match: 'تعبت من كل شي|شيء', category: 'suicide', level: 'unclear' },
    { match: '{want} اختفي', category: 'suicide', level: 'unclear', unless: conceptsAr.getaway },
    { match: 'ما|مافي في فايده|فائده', category: 'suicide', level: 'unclear' },
    // Decided to die: "rani m9arar nmout had sbou3".
    { match: 'مقرر|مقرره|قررت|m9arar|mqarar|m9rra|9rrt|qarrart|9arrart نموت|اموت|ننتحر|انتحر|nmout|nmot|amout|nentaher', category: 'suicide', unless: 'على|علي|3la|3ala|عشان|بدافع|دفاع|match|lmatch|الماتش' },
  ],
};
