import type { ConceptWords } from './concepts';

/**
 * A verb with "me" written onto it, for each stem: "ضرب" → "يضربني", "تضربني", "ضربني", "ضربتني",
 * "ضربوني", "يضربوني", "يضربونني". The prefixes of the present and the future ("بيضربني", "هيضربني",
 * "كيضربني") are read off by the lexicon (`attached`).
 */
const onMe = (...stems: string[]): string =>
  stems.flatMap((stem) => [`ي${stem}ني`, `ت${stem}ني`, `${stem}ني`, `${stem}تني`, `${stem}وني`, `ي${stem}وني`, `ي${stem}ونني`, `ت${stem}وني`]).join('|');

/** The same verbs said of "him" ("نقتله", "اقتله"): a threat against someone else. */
const onHim = (...stems: string[]): string => stems.flatMap((stem) => [`ا${stem}ه`, `ن${stem}ه`, `ا${stem}و`, `ن${stem}و`]).join('|');

/**
 * Killing verbs with "me" in the present and future only ("يذبحني", "بيقتلوني", "هيطعنوني"): the past
 * ("ذبحني", "قتلني") is what a day at work or a laugh did.
 */
const comingOnMe = (...stems: string[]): string => stems.flatMap((stem) => [`ي${stem}ني`, `ت${stem}ني`, `ي${stem}وني`, `ي${stem}ونني`, `ت${stem}وني`]).join('|');

const HIT = ['ضرب', 'عنف', 'كفخ', 'لطم', 'صفع', 'رفس', 'دفش', 'قيس'];
const KILL = ['قتل', 'ذبح', 'دبح', 'طعن'];

/**
 * Arabic per concept: standard, the dialects young people write (Levantine, Egyptian, Moroccan
 * Darija) and Arabizi, Arabic in Latin letters with digits for sounds ("bghit nmout", "kaydrbni").
 * Arabic puts "me" at the end of the verb ("يضربني": hits me), so such a verb stands for both.
 */
export const conceptsAr: ConceptWords = {
  // Moroccan, Levantine and Egyptian Arabizi too: compared by their consonants (flows/safety/word-forms.ts).
  me:
    `ني|بدوني|بلاني|بلايا|غيري|dafa3ni|dfa3ni|bdouni|bedouni|bidouni|bdoni|blani|blaya|يضربني|ضربني|تضربني|بيضربني|بتضربني|ضربوني|يهددني|بيهددني|يقتلني|سيقتلني|يلمسني|لمسني|يبتزني|طردوني|طردني|kaydrbni|kayddrbni|drbni|darbni|` +
    `ghaydbe7ni|y9tlni|yqtlni|kaybtazni|kayhdedni|tardoni|jrouni|فيني|فيا|بيا|اياي|fiya|fiyya|biya|fini|ناطريني|ناطرني|مستنيني|مستنييني|يستنوني|` +
    `ينتظرني|ينتظروني|ينتظرونني|يترصدني|kayt9ssani|kaytsnani|natrini|mstaniyni|ydrabni|ydrobni|yadrobni|yadrebni|y2tolni|yi2tolni|yqtolni|` +
    `ye2telni|yhadedni|yhaddedni|ybtazni|ylmesni|yelmesni|tardni|tardouni|jbrouni` +
    '|علي|عليا|عليي|tedrabni|tdrabni|tadrabni|tedrebni|tdrebni|tdrbni|tdrobni|todrobni|tadrobni|katdrbni|katdrebni|كتضربني|تضربني' +
    '|تلحقني|بتلحقني|يلحقني|بيلحقني|لاحقني|لاحقتني|يتبعني|بيتبعني|يراقبني|بيراقبني|يلاحقني|بيلاحقني|تشوفوني|تشوفني|بتشوفوني|بتشوفني|حتشوفوني' +
    '|tshufuni|tchoufni|tchofouni|tshoufouni' +
    `|${onMe(...HIT, 'هدد', 'بتز', 'لمس', 'طرد', 'خنق', 'حبس', 'حرق', 'زق')}|${comingOnMe(...KILL, 'موت')}|3lay|3liya|3alay|3alaya|3leyya|3layya|وجهي|وشي|راسي|ايدي|رجلي|ظهري|خشمي|صبعي|wishi|wechi|wajhi|wjhi|rasi|idi|edi|rejli|sob3i|wedni|drbatni|drbtni|darbatni|drabtni|yjberni|yjbrni|bykasserli|ykasserli|بيكسرلي|يكسرلي|هيكسرلي|حيكسرلي` +
    '|ydb7ni|ydba7ni|ydbe7ni|ydbhni|y9tlouni|yqtlouni|ydbhouni|ydb7ouni|y2tlouni|yi2tlouni|yqatlouni|ساقي|ساقيا|اجري|اسناني',
  self: 'نفسي|حالي|روحي|راسي|rasi|nafsi|7ali|ro7i|7aly|rou7i|حياتي|عمري|nefsi|hayati|7yati|7ale|7alee|7alo' +
    '|نفسها|نفسه|حالها|حاله|روحها|روحه|7alha|nafsha|ro7ha|nafsy|7ale|7alli|ruhi|nafsak|nefso',
  fam:
    '{fam}|ابي|ابوي|بابا|امي|ماما|اخي|اخوي|اختي|زوجي|عمي|خالي|اهلي|جوزي|baba|bba|mama|mami|khouya|khoya|khti|ukhti|3ammi|khali|rajli|zouji|walidi' +
    '|lwalid|lwalida|mok|bak|houma|عيلتي|عائلتي|ابويا|ابوية|امى|امك|اخويا|اخوية|خيي|خيو|خالتي|عمتي|جدي|ستي|babai|abouya|abuya|ummi|khayi|akhoya' +
    '|a5oya|o5ti|khalti|3amti|jeddi|sitti|ahli|3ayelti|3ayleti|familti|famila' +
    '|زوج|جوز|مرت|مرات|ابويه|ابويا|بوي|يمه|امايه|zoj|zawj|jouz|jooz|zouj|a5ooya|a5oya|akhoya|akhuya|5oya|khouya|akhi|a5i|ekhti|okhti|o5ti|ukhti|emmi|ommi|immi|abuy|abooy|abuya|bouya|babak|omi|ahli|3ammi|ibn|ebn',
  person: '{fam}|واحد|حد|هو|هي|هم|شخص|w7ed|wahed|wa7ed|chi|had|huwa|howa|houma|شباب|الشباب|ولاد|جماعه|عصابه|ناس|chbab|wlad|drari|dri|jma3a|nas|3isaba|gang' +
    '|رجل|راجل|زلمه|زلمة|رجال|شب|ختيار|شيخ|معلم|استاذ|جار|جارنا|سواق|مدرب|rajel|rajl|zalame|zalameh|zelma|chab|shab' +
    '|jar|jarna|stad|ostaz|m3allem|mdarreb|sawwa2' +
    '|مدير|المدير|مديري|البوس|بوس|مول|صاحب|المدرب|مدرب|الاستاذ|المعلم|شيخ|الشيخ|manager|boss|lboss|coach|sheikh|shaykh|prof|lprof|patron|lpatron|m3allem|jiran|rajul|rjal',
  wish:
    '{want}|اريد|بدي|عايز|عايزه|ابغى|نفسي|اتمنى|bghit|bghiit|bgheet|baghi|baghya|bdi|3ayez|nfsi|bghyt|bghitch|bghitsh|mabghitch|mabghitsh|بدّي|atmanna|atmana|atmanah|ntmna|أتمنى|نتمنى|تمنيت' +
    '|ودي|حابب|حابه|عاوز|عاوزه|ابي|ابغا|beddi|baddi|3ayza|3awez|nefsi|nifsi|bade|badde' +
    '|mabde|mabadde|mabaddi|mabdi|mabddi|bdich|mabiddi' +
    '|بغيت|نبي|نبغي|ناوي|ناويه|نويت|قررت|بفكر|افكر|كنفكر|3ayiz|3aiz|3ayzeh|nawi|nawya|qarrart|bafaker|bfaker|kanfker|kanfakkar|bafakkar',
  neg: 'لا|ما|مش|مو|ليس|mch|mech|machi|la|bghitch|bghitsh|mabghitch|mabghitsh|mish|mosh|msh' +
    '|mabde|mabadde|mabaddi|mabdi|mabddi|bdich|mabiddi|ma3ad' +
    '|mesh|mush|mosh|mashi|مب|مافي|مفيش|ماني|مانيش|mafi|mafish|manish|ماعندي|ماعنديش|معنديش|ma3ndi|ma3andi|ma3ndich|ma3andich|ma3indi|ma3endi|jawbtch|jawebtch|njawbch|kanjawbch|ماجاوبتش|ماجاوبتكش|ماردتش|مارديتش|ماجاوبتكمش',
  death: 'اموت|الموت|موت|يموت|nmout|nmot|nmoot|mout|mot|lmout|lmot|نموت|تموت|موتي|amoot|amout|amot|moot' +
    '|amoot|namoot|nemot|yamoot|متت|مت|mitt|mutt|mett',
  live: 'اعيش|عيش|العيش|الحياه|n3ich|n3ish|n3iche|n3ych|l7ayat|l7yat|hayat|عايش|عيشتي|حياتي|a3ish|a3eesh|7ayati|hayati' +
    '|3ish|3aish|3eesh|3ich|3aych|3ayesh|3aysh|نعيش|بنعيش|كنعيش|نعيشو',
  kill:
    'اقتل|قتل|انتحر|انتحار|اشنق|نقتل|n9tel|nqtel|n9tl|nqtl|ntahar|nt7er|nentaher|بنتحر|سانتحر|اذبح|انهي|انهاء|اخلص|ntaher|ent7ar|2e2tol|a2tol' +
    '|aqtol|nentahar|antahar' +
    '|tenta7er|yenta7er|enta7er|nta7er|ntaher|antahir|sa2antahir|antaher|inti7ar|enti7ar|a2tol|2a2tol|ba2tol|na2tol|aqtul|بقتل|خلص|اخلص|نخلص|بخلص|a5alas|a5ales|akhalles|nkhales|n5ales|khales|nsali|nsala|نسالي',
  murder:
    `ygtlni|bygtlni|yigtilni|ygtilni|aktla|aktlah|aktlo|a9tlo|aqtlah|اكتله|اقتله|nektlek|nqtlek|n9tlek|nektlk|نقتلك|`+
    `يقتلني|سيقتلني|بيقتلني|حيقتلني|يذبحني|ذبحني|بيذبحني|يدبحني|ghaydbe7ni|ghaydbhni|ghay9tlni|ghayqtlni|y9tlni|yqtlni|yd7ni|${onMe(...KILL)}|` +
    `${onHim(...KILL)}|y9telni|yqtelni|y2tolni|yi2tolni|ye2telni|ydbahni|ydb7ni|yte3nni|yt3anni|ytaa3nni|n9tlo|nqtlo|n9tlou|2e2tlo|a2tlo|nd7o|` +
    `nte3no|ghaydb7ni|hay2tolni` +
    '|يقتلوني|بيقتلوني|يموتني|بيموتني|بقتلك|بيدبحني|يطخني|بيطخني|طخني|يحرقني|يحرقوني|بيحرقني|bi2tolni|byi2tolni|bi2tlouni|y2otlni|yqatlni' +
    '|yutakhni|bitokhni|yetokhni|bit7arrakni|yi7ra2ni|bi7ra2ni|y7ar9ni|ghay7r9ni|ghaymoutni|ghaytee7ni' +
    '|ydbhouni|ydb7ouni|ydbhoni|ydab7ouni|نحرقكن|نحرقكم|نحرقك|بنحرقك|n7ar2kon|n7ar2ak|n7ar2kom' +
    '|سيكسر|يكسر|بيكسر|هيكسر|حيكسر|yksr|ykser|yekser|ghaykser|ghaykesser',
  jump: 'انط|اقفز|ارمي|n9fez|nqfez|nlo7' +
    '|netla2|nitla2|etla2|نط|بنط|انتط|نرمي|انرمي|نلوح|nrmi|nermi|narmi|barmi|ntrma|ntlo7|nlo7|a2fez|a2fos|anot|annot|n2ot|bnot' +
    '|رمي|ارمي|نرمي|ghanrmi',
  height: 'الجسر|جسر|السطح|سطح|القطار|قطار|البلكون|الشباك|lpont|l9ent|sta7|lbalcon' +
    '|jesr|jisr|sta7|السطوح|بنايه|العماره|عماره|الشباك|شباك|بلكونه|shebbak|shebak|balcon|balkon|binaya|metro|train|tren|tobis|tobus|tram|طوبيس|الترين|المترو|السكه|autostrad|اوتوستراد' +
    '|البلكونه|بلكونه|الشرفه|شرفه',
  cut: 'اجرح|جرحت|بجرح|اقطع|قطعت|جروح|njr7|jra7t|jre7t|n9te3|9te3t|qta3t|bjare7|bjra7|jare7|njra7|jara7t|e2ta3|2ta3|ba2ta3|ne2ta3|be2ta3|2ata3t|e2ta3a' +
    '|تجرح|بتجرح|يجرح|بيجرح|جرحتي|tjra7|tjre7|bjar7|bjr7|kanjr7|kanjre7|kanjra7' +
    '|اخدش|خدشت|بخدش|خدوش|الخدوش|خربش|بخربش|خربشت|شرطت|بشرط|نشرط|تشريط|نقطع|بقطع|kharbasht|5arbasht|khdasht|ncharat|chrat|nchrat|kanchrat|a2atta3|b2atta3|a2at3|n9atta3|ajra7|ajre7|bajra7|najra7|tajra7|yjra7|kan3od|n3od|3addit|عضيت|نعض|كنعض|كتقطع|كنقطع|كيقطع|تقطع|kat9te3|kan9te3|kay9te3|kat9ta3|t9te3|كتجرح|كنجرح|kanjre7|katjre7|اقصص|agassis|agass|gassait|كصيت|اكص|گصيت|اگص|ajarre7|ajarra7|ajra7|njarre7|bjarre7|ajare7|agass|agassis',
  harm: 'اوذي|اذيت|اذى|ايذاء|احرق|حرقت|ndir|احرگ|أحرگ|حرگت|بحرگ|نحرگ' +
    '|بحرق|بيحرق|ba7ro2|ba7re2|ba7ra2|a7ra2|7ara2t|7ra2t|n7r9|kan7r9|kan7ra9|7ra9t|بأذي|باذي|بعذب|اعذب|عذبت|a2zi|b2zi|n2zi|nedrob|ndrob|بضرب|اضرب' +
    '|kandrb|kanderb' +
    '|ضربت|darabt|drabt|nadrab|عاقب|اعاقب|نعاقب|بعاقب|a3a2eb|n3a9eb|n3aqeb|kan3aqeb|kan3a9eb|ba3a2eb|نحرق|ادك|بدك|دكيت|ندك',
  body: 'يدي|ايدي|ذراعي|معصمي|رجلي|جلدي|بطني|yeddi|yddi|dra3i|rjli|ydi' +
    '|ايديها|ايدها|ايده|ايدو|رجليها|ذراعها|ذراعه|جسمي|جسمها|دراعي|زندي|فخدي|فخادي|idi|iidi|idiha|ideha|idha|jesmi|jismi|zndi|fkhadi|rjlia|rjliya' +
    '|ydia|yddia|ydiya' +
    '|ذراعي|ساعدي|ايدي|يدي|راسي|وجهي|جبهتي|dra3i|edi|eidi|iidi|rejli|rijli|ijri|اجري|فخادي|فخادها|فخاده|فخاذي|فخذي|فخدي|فخدها|فخذها|fkhadi|fkhadha|fkhad|يديها|يدها|ايدها|ذراعها|رجليها|رجلها|yeddha|yddiha|dra3ha|rijli|rijlha|rjel|يديا|ايديا|رجليا|يدو|ايدو|yeddo|yddo',
  blade: 'شفره|الشفره|بالشفره|موس|بالموس|سكين|بالسكين|زجاج|lmous|jilette|chfra|lame|mous|moos|sekina|sikkin' +
    '|سيجاره|سيكاره|بالسيجاره|ولاعه|بالولاعه|قداحه|شفرات|امواس|sigara|sigaro|garro|wla3a|brika|bri9a|chfrat|jilettes|lamat|للشفره|شفرة|الشفرات|شفرات|lmouss|gillette|jileta|جيليت',
  schoolYears: 'الثانوي|بالثانوي|الثانويه|بالثانويه|المتوسطة|بالمتوسطة|المتوسطه|بالمتوسطه|الاعدادي|الاعداديه|بالاعدادي|الابتدائي|بالابتدائي|lycee|college|madrasa',
  lifeNow: 'بشتغل|اشتغل|شغل|خدمة|khedma|kan5dem|bashta8al|bshte8el|جامعة|الجامعة|بالجامعة|بدرس|ادرس|كلية|منيح|منيحة|منيحه|بخير|مرتاح|مرتاحة|مرتاحه|كويس|كويسة|كويسه|زين|زينة|mzyan|mzyana|labas|mni7|mni7a|kwayes|الحمدلله|hamdullah|7amdullah|غرفة|شقة|bdit|بديت|mzyanin|مزيانين|قريبين|قريبات|9rib|ok',
  hours: 'ساعة|ساعه|ساعتين|ساعات|دقيقة|دقيقه|دقايق|دقائق|sa3a|sa3tayn|sa3tin|sa3at|d9i9a|d2i2a',
  still: 'مازال|لسه|لسا|لساته|باقي|بعده|ba9i|baqi|mazal|mazel|lissa|lesa|lessa|ba3do',
  again: 'رجعت|رجع|كمان|تاني|كل|3awd|3awtani|dima|rja3t|kan3awd|n3awd|3awdat|3awd' +
    '|تاني|ثاني|tani|tany|tanya|thani|3awed|3awdt|regga3t|rje3t|عاودت',
  hit:
    `دفعني|دزني|dafa3ni|dfa3ni|dazni|نضرب|بضرب|اضرب|يضربني|ضربني|تضربني|بيضربني|بتضربني|يضربونني|بيضربوني|ضربوني|يعنفني|ضربتني|يضرب|ضرب|kaydrbni|kayddrbni|kaydrebni|drbni|darbni|drabni|ydrabni|` +
    `yadrabni|kaydrb|drb|${onMe(...HIT)}|ydrobni|yadrobni|bydrobni|darabni|kaydarbni|kayedrabni|yedrebni` +
    `|${onMe('حرق', 'خنق', 'زق', 'دفش')}|ydrab|yedrab|yidrab|ydrob|yodrob|byedrab|yadrib|yadrub|tdrab|tedrab|darab|drab|daraba|darabet|darbet|ضرب|ضربت|بالحزام|حزام|قشاط|بالقشاط|سمطه|بالسمطه|عصايه|بالعصايه|شبشب|بالشبشب|شحاطه|بالشحاطه|بالنعال|sem6a|ssem6a|sebta|7zam|hzam|9chat|chebcheb|shahata|3asaya`,
  throw: 'يرمي|رمى|رمت|بيرمي|kayrmi|rma' +
    '|ذب|ذبني|ذبلي|ذبه|حذف|حذفني|7adafni|7dafni|ramani|زت|زتني|dreb|drebni|dorbni|drebtni|ydreb|kaydreb',
  fear: 'اخاف|خايف|خايفه|خائف|خائفه|خوف|مرعوب|khayf|khayfa|kankhaf|nkhaf|5ayf|خايفين|بخاف|نخاف|مرعوبه|khayef|khayfe|5ayfe|5ayef|bkhaf|b5af' +
    '|خفت|خافي|خوفني|بخوفني|khayif|5ayif|khaifa|m3rob|mar3oub|khft|5ft' +
    '|mra3ab|mer3oub|mar3ub|5ayfe|khayfe',
  unsafe: 'خطر|خطير|mamanach',
  home: 'البيت|بيت|الدار|الداري|lbit|ldar|dar|dari|darna|دارنا|بيتنا|عالبيت|للبيت|المنزل|bet|elbet|lbeit|lbayt' +
    '|بيتي|داري|منزلي|beti|bayti|beiti|bayty|beity|manzili' +
    '|bait|beit|bayt|elbait|shuqqa|shoqqa|الشقه|شقه',
  quarrel: 'مشاكل|خناق|صراخ|mchakil|mchakel|dda3wa',
  aggressive: 'عنيف|عصبي|يعصب|بيعصب|معصب|يتعصب|3nif|3asabi|y3asseb|m3asseb' +
    '|سكران|سكرانه|معصب|معصبه|بيكسر|يكسر|كيكسر|sakran!|m3asseb|kaykasser|bikasser|ykasser',
  sex: 'جنس|انيك|mn3s|nns|n3s|ynes|jins',
  touch: 'يلمسني|لمسني|يتحرش|تحرش|يحسس|kaylmsni|lmsni|kayt7arsh|t7arsh|بيتحرش|يلمس|بيلمس|يتحسس|kayt7rch|kayt7arach|yt7arash|yet7arash|t7arash|lmesni|ylmesni' +
    '|بيلمسني|تلمسني|بيتلمسني|يتلمسني|byelmesni|yelmasni|lamasni|bylmesni|kaylmesni|ylamesni|يقيسني|قاسني|كيقيسني|ki9isni|kay9isni|9asni|يتقيس|كيتقيس|يحك|كيحك',
  nude: 'عاريه|عاري|عري|سكسي|لعريانه|3aryana|3ariya|nudes',
  pics: 'صوري|صور|صوره|فيديو|فيديوهات|tsawer|tswira|tsawr|sowar|video|photos|مقاطع|تصاوري|تصويري|tsawri|tsawerdyali|sowari|swari|souwar|videos|pics' +
    '|صورة|صورت|sowret|sowra|soura|sura|sora|swira|foto|fotos|photo|snap' +
    '|sorat|suwar|swar|sowwar|surat|صورتي',
  spread:
    'ينشرها|ينشر|نشر|ينزلها|يبعتها|للكل|ghaynchrhom|ghaynchrha|ynchr|nchr|ghaynashrhom|ypostihom|yposti|ينشرهم|ينزل|يفضحني|يبعت|يوزع|انستا|سناب' +
    '|ynchrhom|yenshor|yensher|yenshorha|ynshor|yfda7ni|yfde7ni|ghayfda7ni|ghaynchr|yneshr',
  force: 'يجبرني|يجبروني|يجبرونني|غصب|بالغصب|بالقوه|قسري|jbrni|kayjbrni|bzz|bsif|bzzez' +
    '|غصبني|غصبوني|ghasabni|ghasbouni|اجبرني|جبرني|اجبروني|ajbarni|jabarni|jbarni|yjberni|yjbrni|بزز|بالزز|بزاز|غصبا|بالسيف!',
  money: 'فلوس|مصاري|مال|مصري|بعتله|flous|flouss|lflous|fulus|masari|دراهم|دنانير|يورو|floos|flus|dra3em|drahem|euro' +
    '|مصريات|دولار|ليره|جنيه|درهم|ريال|dollar|lira|jneh|dirham|riyal|msari|mal',
  clients: 'زباين|زبائن|كليان|klyan|klian',
  threaten:
    'يهددني|بيهددني|هددني|هددوني|تهديد|يبتزني|ابتزاز|kayhdedni|kayhddni|hddni|kaybtazni|btazni|ybtazni|يهدد|بيهدد|تهدد|هددونا|يهددونا|تهديدات' +
    '|مهدد|يبتز|بيبتز|يبتزوني|kayhded|yhadded|yhaded|hadadni|haddadni|hadedni|hededni|tahdid|tahdidat|ybtaz|ibtizaz|btizaz' +
    '|بهددني|تهددني|بتهددني|مهددني|بيبتزني|ابتزني|bihaddedni|bhaddedni|btiz|ibtazni|bybtezni' +
    '|yhaddedoni|yhadedouni|bihaddedouni|يهددوني|بيهددوني' +
    '|يأذوا|يأذو|يأذي|بيأذي|بيأذوا|هيأذوا|حيأذوا|ya2zo|hay2zo|ye2zo|يقتل|بيقتل|يقتلو|يقتلوا|هيقتل|بيقتلو|yhaddad|يهددون|بيهددو|يهددوا|كيهددو|kayhddo|yhaddedou',
  weapon:
    'سكين|مسدس|سلاح|موس|jenwi|lmous|mous|pistolet|mose|سكينه|سكاكين|مسدسات|اسلحه|مواس|خنجر|ساطور|بندقيه|مطوه|شفره|jnawi|sla7|msdes|mosadas' +
    '|sikkina|sekina|sakakin|khanjar|sator|matwa|fard|sichina|sichin|سچينه|سچين|جناوا|بالجناوا|الجناوا|جنوي|بالجنوي' +
    '|فرد|شنتيري|شنتري|كلاشن|رشاش|عصايه|عصا|عصاي|مطوى|خوصه|msaddas|mosaddas|msades|mosades|silah|sekkin|sikkin|sakin|khosa|3assaya|3aasaya' +
    '|klach|rchach' +
    '|جنبيه|sekeen|skeen|sikeen|sakeen|sekin|skina|ra9a9a|جناوي|الجناوي|جنوي|الجنوي|jenwi|jnawa',
  marry: 'زواج|يزوجني|يزوجوني|يجوزني|يجوزوني|هيجوزني|yegawezni|yigawezni|ygawezni|ygawzni|zwaj|nzwej|yzwjouni|yzwjni|تزوجني|تزوجوني|بزوجوني' +
    '|بيزوجوني|يجوزوني|بيجوزوني|جوازي|زواجي|عريس|خطبه|خطبوني|نزوج|نتزوج|zawaj|zawej|zawjouni|yzawjouni|bijawzouni|yjawzouni|jawaz|3aris' +
    '|5otba|khotba|kheteb|nzawej|ntzawej|اتزوج|لاتزوج|نزوجوك|يزوجوك|غنزوجوك|نجوزك|يجوزوك|nzwjouk|nzwjok|nzawjouk|زواجي|رتبوا',
  sleep: 'انام|نمت|نايم|نايمه|بنام|ننعس|n3es|na3s|n3ss|nn3s|kan3s|kanbat|bat|nbat|ننام|بايت|بايته|na3es|bayt|kann3s|nam|bnam|anam|نام' +
    '|نام|انوم|بنوم|نوم|ابات|بات|بتت|nnam|nanam|banam|n3as|nbayet|bit|bayet|nnoum|noum' +
    '|nayme|nayem|nayim|naymeh|nayma|n3ast|n3est|na3st|نعست|بتنام|baynam' +
    '|ليلتين|ليالي|layali|leltein|lilteen|بت|بتّ|بات|نبات|بتت|banam|bnam|nemt|nmt|نرقد|كنرقد|راقد|راقده|رقدت|nr9od|kanr9od|r9dt|r9adt',
  rough:
    'الشارع|شارع|بالشارع|بالشوارع|الشوارع|المحطه|الحديقه|السياره|zn9a|zen9a|lzen9a|zanqa|zn9|lgar|lmahatta|tomobil|ljardan|بالحديقه|بالمحطه' +
    '|الجامع|الدرج|zanka|chare3|share3|lmahata|ljarda|lkar|الطوموبيل|طوموبيل|الطونوبيل|فالطوموبيل|tonobil|ttomobil' +
    '|الطريق|بالطريق|الجنينه|بالسياره|بالسيارة|عالدرج|الكراج|المسجد|بالبرا|برا|بره|shari3|sharee3|tari2|tariq|tri9|zan9a|zenqa|jnina' +
    '|mahatta|garage|karaj|barra|bara|lbarra' +
    '|طوموبيل|الطوموبيل|طموبيل|العربيه|الباص|باص|الترين|ترين|القطار|المترو|ميترو|بارك|البارك|باركينغ|الباركينج|لافوري|tomobil|tonobil|ltomobil|train|bus|lbus|metro|parking|park|lpark|laverie|pont|lpont|ma7atta|mahatta|محطه|3arabiya' +
    '|الزنقه|زنقه|الطرقات|ستاسيون|الستاسيون|فالستاسيون|لاكار|لاغار|gare|station|lgare|عربيه|بعربيه|عربيت|3arabiyya|3arabiyyet|3arabeya|tomobil|tonobil|طوموبيل|الطوموبيل|فالطوموبيل|lwatura|الواطورة',
  nowhere: 'مكان|وين|فين|fin|fen|blasa|mkan' +
    '|محل|فينما|مطرح|makan|ma7al|m7al|matra7|wen|win',
  kickedOut: 'طردوني|طردني|طلعوني|kharjouni|khrjouni|jrawni|jrouni|tardouni|tardoni|tardni|طردتني|كشوني|خرجوني|رماني|رموني|rmani|rmawni|tala3ouni' +
    '|كبوني|قلعوني|رماوني|لاحوني|ابعدوني|kabbouni|kabouni|tl3ouni|9al3ouni|la7ouni' +
    '|6ardni|6ardoni|6ardouni|6redni|6rdni|6ardatni|tardatni|طلعني|جراو|جراوني|جراني|jrawni|jrani',
  ranAway: 'هربت|هربان|هربانه|hrbt|hrabt|hrebt' +
    '|شردت|harabt|shradt|chradt|nharab',
  night: 'الليل|الليله|بالليل|لليل|lil|lila|llila|bllil' +
    '|هالليله|اليوم|ليلة|ليله|lileh|lelle|lyoum|lyom|lel|llel',
  room: 'غرفتي|الغرفه|سريري|bit|lbit|sriri|bity' +
    '|لغرفتي|اوضتي|الاوضه|odti|ghorfti|gorfti',
  pills:
    'حبوب|ادويه|دوا|حبات|الحبوب|دواء|7bob|lhbob|7boub|dwa|ldwa|l7bob|kachiyat|7oboub|hbob|7ubub|dawa|حبه|بنادول|دوليبران|منوم|منومه|مهدئ|7abba' +
    '|7bouba|doliprane|paracetamol|dafalgan|panadol|7bab' +
    '|حبة|اقراص|قرص|برشام|ترامادول|زانكس|ليريكا|tramadol|xanax|lyrica|brcham|9ors|qors|7bbat|7abbat' +
    '|7abayeb|7bayeb|hbayeb|حبايب|حبوبات' +
    '|7ubub|7ubob|hobob|hubub|7bub|حبايه|حبايات|7bayat|7abaya|باراسيتامول|باراسيتمول|بارستامول|برستامول|ايبوبروفين|بروفين|مسكنات|مسكن|منومات|مضادات|antidepressants',
  many: 'كثير|كثيره|كتير|كلها|علبه|كل|bzzaf|bzaf|kolchi|kamla|kolha|3olba|ktir|kteer|kthir|كامله|بزاف' +
    '|علبتين|شريط|شريطين|كميه|bzf|bezaf|ktiir|kter|kolo|kellon|kolhom|3elba|chrit' +
    '|keteer|ktiiir|ketir' +
    '|عشرين|عشره|تلاتين|ثلاثين|خمسين|ميه|3ashra|3ichrin|3eshreen|3ishreen|talatin|khamsin|كامل|كلو|كله|كلهم|kulaha|kullha|kamel',
  swallowed:
    'بلعت|شربت|اخدت|اخذت|كليت|bl3t|chrbt|klit|khdit|kheddit|akhad|akhadt|5ad|khad|bala3|شرب|بلع|اخذ|اخد|أخذ|خديت|خدات|خدا|bla3t|khdat|5dit|khadit' +
    '|5adit|khdet|khadat|a5adt|bl3at|خذت|خدت|ابتلعت|تناولت' +
    '|blaat|shrebt' +
    '|akalt|kalit|kliit|اكلت|tnawalt' +
    '|khda|5da|khdat|akhath|a5ath|kla|klat|chrb|chrbat|اخد|خدا|كلا',
  hoard: 'جمعت|خبيت|جمع|jm3t|khbit|kanjm3' +
    '|jama3t|jma3t|jme3t|jam3t|جمعتهم|جمعتهن|جمعتها|خبيتهم|اشربهم|اشربهن|ابلعهم|ابلعهن|نشربهم|نشربهن|نبلعهم|نبلعهن|نشربو|نبلعو|nchrbhom|nbl3hom|eshrabhom|ebla3hom|nechrbo',
  wake: 'يصحى|يفيق|افيقه|ifi9|yfi9|yfiq|ynod|nfi9o|اقوم|أقوم|نقوم|agoom|a9oum|aqoom|n9oum|نوض|nod|انهض|اصحى|as7a|asha|nfi9|نفيق|فيق|افيق|نفيق|بفيق|fi2|fee2|fi9',
  unresponsive: 'فاقد|مغمى|اغمى|يفيق|يصحى|ma3ndouch|twa7|yfi2|yse7i|ysa7i|yfee2|مبتفقش|mab9atch|mab9ach|matfi9ch|katfi9|kayfi9|tfi9|btfi2|bifi2' +
    '|مغمي|مغشي|اغمي|مابيرد|ماكيفيقش|ghma|ghmi|mghmi|mgha|faqed|fa2ed|mayred|mabired|mabi3ti' +
    '|ماكيجاوبش|مابيردش|kayjawebch|kayjawbch|majawebch|mayjawebsh|mabyraddsh|kayhdrch|يجاوبش|كيجاوبش|مكيجاوبش|مابيجاوب|ماكيجاوب|ما بيرد',
  breath: 'يتنفس|تنفس|نفس|kaytnfes|ytnfes|tnfs' +
    '|بيتنفس|تنفسه|نفسه|ضيق|متنفسش|ytnafas|bitnafas|byetnafas|nafaso|nafasu|tnafos',
  badly: 'صعب|بصعوبه|غريب|ب3ويل|bsif|ghrib|s3ib' +
    '|قوي|مابيوقف|بيوقف|ماوقف|9wi|qawi|mabi2ef|maw2ef|mabywa2af' +
    '|hwaya|hwaaya|ktir|kteer|bzaf|واجد|هوايه|كثير|كتير|بزاف|wajed',
  bleed: 'ينزف|نزيف|دم|الدم|kaynzef|dem|ddem|ydem' +
    '|بينزف|نازف|بتنزف|بنزف|نزفت|يسيل|دمي|دمه|damm|dammi|dammo|bnzef|binzef|btenzef|nazef|nazif|kayssil|byesil' +
    '|ynazzif|ynazef|yinzif|bynzef|كيسيل|بيسيل|يسيل|kaysil|bysil|ysil',
  poison: 'كلور|مبيض|سم|جافيل|javel|jafil|sem' +
    '|كلوركس|كلوريكس|ديتول|فلاش|منظف|منظفات|مبيد|ماءالنار|سبيرتو|بنزين|اسيد|حمض|تجمد|بطاريه|بطاريات|سموم|jafel|klor|klour|clorox|dettol|asid|asido' +
    '|spirto|benzine|mobid|ssem|mbid|monadef' +
    '|klorex|klorix|chlorex|الطوبات|طوبات|الفيران|فيران|الفار|tobat|ttobat',
  spiked: 'حطولي|حطلي|دسولي|7attoli|7atetli|7atouli|حطتلي|حطيلي',
  nothing: 'ولا|شي|والو|walou|walo|7ta',
  sense: 'معنى|فايده|فائده|معني|ma3na|faida|سبب|sbab|sabab|داعي',
  disappear: 'اختفي|اختفى|نختفي|نغبر|nghber|nghbr|nghbar|nkhtafi|nkhtfi',
  trivial:
    'فوقاش|وقتاش|الساعه|متاخر|متأخره|متاخره|m3tal|m3ettel|الحساب|شات|chatbot|الاسئله|عرس|عرسها|عرسه|ميلاد|ميلادها|ميلاده|حفله|حفلة|الحر|الشوب|البرد|الحراره|مكيف|المكيف|الهولندي|الهولنديه|اللغه|wajib|wajibat|lwajib|دروس|قهوه|امتحان|الامتحان|واجب|دراسه|اللعبه|لعبه|lexam|imti7an|examen|lmatch|امتحانات|الواجب|فيفا|ماتش|الماتش|بلايستيشن|match|fifa|lexamen|lplay|play' +
    '|lfrod|frod' +
    '|تاخرت|اتاخرت|اتاخر|تأخرت|t2khert|t2akhart|ta2akhart|t2a5art|الدوام|دوام|الطنجره|piercing|رياضيات|بالرياضيات|الرياضيات|رسبت|ارسب|العشا|العشاء|الواي|wifi|excel|متاخر|تاخرت|cv|digid|كورس|الكورس|هالكورس|الواجبات|فاتوره|الرز|سندويشته|سندويش|huiswerk|wiskunde|lmadrasa|المدرسه|شغل|maths|math|wiskunde|رياضيات|الرياضيات',
  accident: 'الصحون|صحون|المواعين|مواعين|الجلي|جلي|طبخ|المطبخ|بصل|بالغلط|غلط|صبعي|اصبعي|دكتور|مستشفى|tyab|lkouzina|bla9sd|sba3|مطبخ|بالمطبخ|للمطبخ|بالشغل|بالخدمه|فالخدمه|فالكوزينه|فوتبول|بالفوتبول|الفوتبول|الطابه|بالطابه',
  symptom: 'ازرق|أزرق|زرقا|azra2|zr2a' +
    '|يحرقني|بيحرقني|حرقان|دايخ|دايخه|دوخه|نعسان|نعسانه|بيستفرغ|بستفرغ|استفرغ|يتقيأ|تقيأ|يستفرغ|مزرق|مزرقه|برجف|بيرجف|ترجف|ytrajaf|dayekh|daye5' +
    '|dawkha|na3san|bestafregh|byestafregh|stafragh|kaytqiya|kanraj|mzr9|mzra2' +
    '|دوار|دوخه|mdawwakh|dawwa5t|ydig|عرقان|عرقانه|ارجف|يرجف|صفر|صفرت|مصفر|مصفره|sfer|sfar|msfar|ترتجف|كيرعد|كنرعد',
  owe: 'دين|ديون|مديون|مديونه|مدين|قرض|كريدي|dayn|dyoun|mdyoun|mdyouna|kridi|kredi|9ard' +
    '|dein|deen|dain|deyn|dayen|ديني|دينه' +
    '|ديلر|للديلر|الديلر|dealer',
  them: 'هو|هي|هم|اياه|اياها|aktla|aktlah|aktlo|a9tlo|اكتله|اقتله|n9tlo|nqtlo|nd7o|nte3no|a2tlo|2e2tlo|nchdo|howa|hiya',
  wait:
    'كيتسناوني|يتسناوني|تيتسناوني|كيتسناو|kaytsnawni|kaytsennawni|ناطريني|ناطرني|ناطرينني|ناطرين|مستنيني|مستنييني|مستنيينني|يستنوني|يستناني|ينتظرني|ينتظروني|ينتظرونني|يترصدني|يترصدوني|kayt9ssani' +
    '|kayt9essawni|kaytsnani|kaytsennawni|natrini|natrinni|mstaniyni|mestanyini|yestanouni|ystnawni' +
    '|تلحقني|بتلحقني|يلحقني|بيلحقني|لاحقني|لاحقيني|يتبعني|بيتبعني|يراقبني|بيراقبني|يراقبوني|يلاحقني|بيلاحقني|ila7i2ni|bil7a2ni|btel7a2ni|yla7e2ni' +
    '|la7e2ni|tabe3ni|yetba3ni|kaytab3ni|kaytba3ni|kayt9abni|kayr9bni|yrakbni|yra2bni' +
    '|لاحقتني|tel7a2ni|tl7a2ni' +
    '|yla7egni|ylaa7egni|yel7agni|yl7agni|bil7agni|يتسناوني|يتسناني|تسناوني|يستناوني|كيتسناوني|كيتسناني',
  drink: 'شربت|شرب|شربو|شربها|بلعت|بلع|شربي|شربتي|chrbt|chrabt|shrebt|shribt|sharabt|shrbt|bl3t|bla3t|chreb|chrbat|shirbat|shirib|المشروب|مشروب|المشروبات|الكاس|كاسي|العصير|mashroob|machrob|lmachrob|lkas' +
    '|نشرب|نشربو|نشربه|اشرب|اشربه|بشرب|nchrbo|nechrbo|nechreb|nchreb|ashrab|ashrabo|shrabt|shribt',
  throat: 'رقبتي|رقبتها|رقبته|حلقي|زوري|رقبه|ra9bti|raqbti|r9bti|rkbti|7al9i|zori',
  grab: 'خنقني|خنق|يخنقني|بيخنقني|مسكني|مسك|شدني|شد|kh9ni|khan9ni|5n2ni|5an2ni|ykhne9ni|msekni|mskni|chedni|chdni',
  scar: 'اثار|آثار|ندوب|كدمات|ازرق|زرقه|جروحي|علامات|اثر|kadmat|zr9a|jrou7i|jrou7|athar|3alamat|nodob',
  hide: 'اخبي|اخفي|بخبي|بخفي|خبيت|تخبي|كم|اكمام|طويل|يشوف|يلاحظ|نخبي|nkhbi|nkhabi|kankhbi|nkhbih|bkhabi|b5abi|bkhabbi',
  animal: 'قطه|قطة|القطه|بسه|بسة|كلب|الكلب|quetta|mech|kalb|حيوانات|الحيوانات|حيوان|كلاب|قطط|الكلاب|القطط',
  leisure:
    'bungee|bungeejumping|bungy|benji|طيارة|طياره|الطياره|الطيارة|رحلتي|تأخرت|تاخرت|تأخير|تاخير|ترانزيت|tayara|tyara|رحله|سفر|عطله|عطلة|مخيم|كامب|تخييم|حفله|عرس|زياره|ضيافه|مبسوط|مبسوطه|ممتع|rehla|re7la|safar|3otla|3ot6a|camping|7afla|3ers|ziyara|mabsout' +
    '|mabsut|هوستل|فندق|اوتيل|vacance|vacances|نسافرو|نسافر|سافرنا|فالطريق|safar|nsafro|nsafer|msafrin',
  address: 'عنواني|عنوان|بيتي|مكاني|موقعي|لوكيشن|3enwan|3enwani|3unwan|3nwan|3nwani|location|adresse|adress|lokation|makani|maw9i3i',
  online:
    'انستا|انستغرام|انستقرام|سناب|تيك|تيكتوك|فيسبوك|فيس|واتساب|واتس|ديسكورد|تلغرام|انترنت|اونلاين|insta|instagram|snap|snapchat|tiktok|facebook' +
    '|whatsapp|discord|telegram|online|internet' +
    '|تطبيق|app|tinder|تندر',
  meet:
    'نلتقي|نتلاقى|نلتقى|يشوفني|يقابلني|نتقابل|موعد|n2abel|nt9ablo|ntla9aw|nltaki|nlta2a' +
    '|nlta2i|yshofni|y2ablni|mou3ed|maw3ed|s5ar',
  take: 'اخدت|خدت|اخد|اخذ|بياخد|ياخد|بيسحب|سحب|akhad|ya5od|biya5od|bya5od|byakhod|5ad|khad|يديوني|ياخدوني|ياخذوني|بياخدوني|يدوني|yddiwni|ydiwni|ya5douni|yakhdouni',
  drugs:
    'حشيش|حشيشه|مخدرات|مخدر|كوكايين|كحول|خمر|ويسكي|فودكا|بيره|سكران|سكرانه|كبتاغون|كريستال|hashish|7shish|7ashish|mkhadarat|cocaine|koka|kokayin' +
    '|alcohol|alkohol|sakran|sokran|vodka|whisky|captagon|crystal|joint|weed|hchicha|7chicha|chrab|lkhmar' +
    '|coke|coca|kokain|mdma|xtc|ecstasy|ketamine|ketamin|ghb|lsd|hash|شبو|ترامادول|اكستازي|اكستاسي|اكس|حبوب الهلوسه|كيتامين|كوك|كوكا|حبه اكس',
  say:
    'قول|اقول|بقول|قولي|اقولهم|احكي|بحكي|احكيلهم|تقول|يقول|تخبري|تخبر|تقولي|تحكي|تحكيلهم|خبري|ماتقولي|ماتخبري|n9ol|n9oul|ngoul|n2ol|b2ol|2ol' +
    '|9ol|t9ol|t2oli|t9oli|ngolhom|n2olhom|ne7ki|b7ki',
  fell: 'وقعت|طحت|سقطت|وقع|طاح|wa2a3t|w9e3t|wa9a3t|t7t|ti7t|ta7t|tiht',
  bruise: 'كدمات|كدمه|زرقه|مزرق|ازرقاق|kadmat|kadma|zr9a|zar2a|mzarra2',
  workmates: 'زملائي|زملاي|لزملائي|لزملاي|الزملاء|الشغل|شغلي|المدير',
  creditor: 'الايجار|ايجار|الأجار|الاجار|incasso|المحكمه|محكمه|بالمحكمه|مخالفه|غرامه|cjib|deurwaarder|belastingdienst|الضرائب|aanmaning|الكرا|لكرا|المخالفات|مخالفات|يسحبوا|يسحبو|الونش|ونش',
  letter: 'رساله|رسالة|ورقه|جواب|مكتوب|risale|risala|resale|rsala|waraqa|wara2a|jawab|maktoub' +
    '|message|msg|بوست|post|رسالتي|lettre|brya|bra|بريه|برية',
  testament: 'وصيتي|وصيه|وصيتها|وصية|wasiyti|wasiyyti|wasiya|wasiyya|wassiya',
  wrote: 'كتبت|كاتب|كتبتلهم|كتبتها|سبت|تركت|katabt|ktabt|kteb|ktebt|katabet|ktbt',
  tomorrow: 'بكرا|بكره|بكرة|غدا|غدوه|الليله|bukra|bokra|bkra|ghadda|ghedda|ghda|bukrah',
  see: 'تشوفوني|تشوفني|تشوفونيش|بتشوفوني|بتشوفني|حتشوفوني|تشوفو|tshufuni|tchoufni|tchofouni|tshoufouni|tshoofouni|tsh3ufni' +
    '|hatshofoni|hatshoufouni|tshofoni|shofoni|btshofoni',
  search: 'تدوروا|تدورو|تدور|تدوري|تدورولي|تقلبو|دورو|dwro|dawro|tdawro|t9lbo|tqalbo|tdwrou',
  knows: 'بيعرف|بيعرفو|بيعرفوا|يعرف|يعرفو|يعرفوا|عارف|عارفين|ya3ref|ya3rfo|kay3ref|kay3erfo|bya3ref|bya3refo|3aref|3arfin|3arfine' +
    '|n3arf|n3raf|na3ref|ne3ref|mna3ref|bn3arf|ba3ref|عرفو|عرفوا|عرفت|3arfo|3erfo|عارفين',
  where: 'وين|فين|فاين|عنوان|عنواني|مكان|win|wen|fin|fen|fayn|3enwan|3nwan|mkan' +
    '|weyn|wein|wayn',
  older: 'رجل|راجل|زلمه|زلمة|رجال|كبير|اكبر|ختيار|rajel|rajl|zalame|zalameh|kbir|kebir|akbar',
  secret: 'سر|سري|سرنا|بيناتنا|سرا|sir|sirr|serr|sirna|binatna|لحدا|لاحد|لأحد|l7ada|la7ad',
  eat: 'اكل|باكل|اكلت|ناكل|بوكل|الاكل|كلت|كليت|كليتش|klit|kliit|akel|aakel|akil|makel|makil|akalt|akl|nakol|kanakol|n2akol|bakol|klit|kalit|makla|lmakla',
  punish: 'عقاب|عقوبه|اعاقب|بعاقب|عاقب|3i9ab|3iqab|3a9ab|n3a9eb|b3a9eb|a3aqib|a3a9ib|a3a9eb|a3aqeb|n3aqeb|3a2eb|n3a2eb|b3a2eb|3a2ib|a3a2eb',
  onPurpose: 'قصد|قصدا|بقصد|عمدا|متعمد|متعمده|qasd|9asd|9sd|qsd|gasd|ga9d',
  recent: 'امبارح|البارح|امس|أمس|اليوم|الليله|lbar7|lbare7|emba7|embare7|mbare7|ams|lyoum|elyom',
  diet: 'اللحم|لحم|نباتي|نباتيه|رمضان|صايم|صايمه|صيام|تحليل|ramadan|sayem|sayma|l7am',
  slimming: 'رجيم|دايت|سكر|حلويات|regime|diet|kilo|كيلو',
  did: 'عملتها|درتها|سويتها|عملته|درتو|3meltha|dertha|sawwetha|3amalt',
  ashamed: 'خجلان|خجلانه|مكسوف|مكسوفه|حشمان|حشمانه|محشومه|عيب|7chouma|7ashman|m7ashma|maksouf|5ajlan|khajlan',
  deserve: 'استاهل|بستاهل|استحق|نستاهل|nsthel|nstahel|bestahel|estahel|stahel|asta7ig|asta7eg|asta7iq|ast7ig',
  lock:
    'يقفل|بيقفل|بقفل|قفل|بيسكر|يسكر|يحبسني|بيحبسني|حبسني|حابسني|مقفل|مسكر|كيسد|y2fel|bi2fel|biy2fel|bisakker|bysakker|y7bsni|7absni|kaysed' +
    '|kay9fel' +
    '|2afal|2afalet|9fal|9fel|sakkar|sakar|sakaret|قفلو|سكرو',
  burner: 'سيجاره|سيكاره|بالسيجاره|سيجارة|ولاعه|بالولاعه|قداحه|شمعه|sigara|sigaro|garro|garo|wla3a|brika|bri9a|cham3a|بالجگارة|جگارة|بالجگاره|جگاره|جگاير|بالجكارة|جكارة' +
    '|سخون|سخنه|skhoun|s5oun|مكوايه|مكوى' +
    '|briquet|lbriquet|مكواه|المكواه|بريكه',
  must: 'لازم|مضطر|مضطره|لازمني|خاصني|lazem|lazm|laazem|khassni|5assni|5asni|darouri',
  here: 'هون|هنا|موجود|موجوده|hon|hna|mawjoud',
  standOn: 'واقف|واقفه|قاعد|قاعده|wa2ef|wa2fe|9a3ed|2a3ed',
  now: 'هلق|هلأ|هلا|هسه|دابا|الحين|halla2|hala2|daba|hassa|دلوقتي|دلوقت|delwa2ty|dlw2ty|delwa2ti|حاليا|الان|الآن|halyan',
  giveAway: 'وزعت|عطيت|اعطيت|وهبت|wazza3t|3teit|3tit|3tayt' +
    '|waz3t|wazza3t|wz3t|فرقت',
  stuff: 'اغراضي|غراضي|اشيائي|حوايجي|تيابي|ghradi|aghradi|7wayji|7wayjy',
  away: 'لاختي|لخيي|لصحابي|لرفقاتي|للكل' +
    '|s7abati|s7abi|sa7baty|صحابي|صحباتي|لصحباتي|اصحابي|لاصحابي',
  soon: 'قريب|قريبا|9rib|qarib|karib' +
    '|الجاي|الجايه',
  seizure: 'صرع|نوبه|نوبات|يتشنج|تشنج|متشنج|كيتصرع|كيترعد|يرجف|كيرجف|بيرجف|يرتعش|بيرتعش|kaytsara3|tsara3|ytsara3|yetshannaj|nawba|nawbat|sar3|kayrj3f|kayrjef|kayterj3f|ytrajaf',
  goodbye: 'وداع|الوداع|وداعيه|wada3|weda3|wada3ia|سامحوني|sam7ouni|samhouni|sama7ouni|sam7oni',
  answer: 'ترد|بترد|يرد|بيرد|ردت|مسدود|مقفول|مطفي|trod|btrod|yrod|جاوبت|نجاوب|يجاوب|jawbt|jawbtch|njawb|njaweb|رديت|بردش|ماجاوبتش',
  wall: 'الحايط|حايط|الحيط|حيط|الجدار|7eet|7ayt|l7it|7a2et|7ay6',
  can: 'agder|a2dar|a2der|aqdar|nqder|n9der|ba2dar|اقدر|بقدر|نقدر|ممكن|momken|mumkin',
  somewhere: '3indkum|3andkom|عندكم|3indak|3andak|عندك|عندكن',
  come: 'جاي|جايه|جاية|راجع|راجعه|يدخل|بيدخل|يجي|بيجي|يجيني|بيجيني|يفوت|بيفوت|yjeeni|yji|yiji|byiji|ydkhol',
  lash: 'السمطه|بالسمطه|بالسمطة|السمطة|semta|sebta|بالكبل|بالعصا|بالشبشب',
  kin: 'ابي|ابوي|ابويا|ابويه|بابا|بوي|امي|ماما|يمه|امايه|اخي|اخوي|اخويا|اختي|خيي|خيو|عمي|خالي|عمتي|خالتي|جدي|ستي|اهلي|عيلتي|عائلتي|صاحبي|صاحبتي|صحابي|رفيقي|رفيقتي|الاستاذ|استاذي|المعلم|الأستاذ|مديري|المدير|baba|bba|mama|mami|khouya|khoya|akhoya|khti|ukhti|o5ti|3ammi|khali|jeddi|ahli|sahbi|sa7bi|sahbti|lostad|lmoudir',
  honour: 'شب|شاب|chab|wld|ولد|طلعت|بطلع|tl3t|tla3t|حبيبي|حبيبتي|علاقه|علاقة|شرف|الشرف|عار|فضيحه|فضيحة|حامل|عذراء|بكاره|مثلي|gay|الحجاب|حجاب|boyfriend|copain|copine|l3ar|fdi7a|chraf|sharaf',
  tried: 'حاول|حاولت|كاد|تقريبا|بغا|bgha|7awel|hawel',
  indoors: 'الصالون|الصاله|المطبخ|الكوزينه|القروب|الجروب|الغروب|الفصل|القسم',
  dwelling: 'بيت|غرفه|دار|شقه|ستوديو|studio|bit|dar|beit|bayt',
  laughing: 'ضحك|الضحك|بضحك|نضحك|اضحك|d7k|dh7k|meme',
  getaway: 'جزيره|بجزيره|عطله|العطله|اجازه',
  hiding: 'مخبي|مخبيه|مستخبي|مستخبيه|مخبع|مخبعه|مختبيه|مختبي|مخبايه|مخباي|متخبيه|متخبي|تخبيت|تخبينا|خبيت|مقفله|مقفلين|قفلت|سكرت|msakra|mkhabya|mkhabi|mtkhabya|t5abbet|tkhabit|9felt|sakkart|kanتخبا|كنتخبا|مستخبيه|حبست|حابسه|حابس|مسكره|مسكر|msakkar|msakra',
  raging: 'يصرخ|بيصرخ|عم يصرخ|يزعق|بيزعق|كيغوت|يغوت|يكسر|بيكسر|يدق|بيدق|يخبط|بيخبط|سكران|سكرانه|مسطول|يرمي|بيرمي|kayghewet|ghaywt|yesrakh|bysrakh|sakran|skran|ykasser|bykasser|ydo22|yedo2',
  relapse: 'رجعت|رجعتلها|رجعتلو|عاودت|rja3t|rje3t|rj3t|rja3it|3awdt|3awedt',
  feel: 'نحس|احس|بحس|كنحس|نحسّ|احسّ|اشعر|نشعر|n7ess|n7s|a7ess|b7ess|kan7ess|kan7s',
  remedy: 'الحساسيه|حساسيه|7asasiya|7sasiya|الربيع|الرشح|رشح|زكام|الزكام|انفلونزا|الانفلونزا|الدكتور|وصفها|وصفهم',
  firstAid: 'ehbo|اسعافات|الاسعافات|bhv|is3afat',
  passport: 'جواز|جوازي|الجواز|جوازات|باسبور|الباسبور|باسبوري|البسبور|passport|paspoort|passeport|pasport|jawazi|jawaz|lbasbor|lpassport|basbor',
  confiscated: 'khad|5ad|akhad|a5ad|اخد|خد|اخدو|اخدوا|اخذوا|اخذو|خداو|خدو|خدوا|سحبو|سحبوا|خبو|خبوا|خباو|شدو|chedo|khdaw|5adou|akhadou|a5dou|khdaw|5dou|واخدوا|واخذوا',
  everyone: 'الكل|الجميع|كلكم|كلهم|كلن|كلهن|kellon|kollon|kelhon|كلشي|اهلي|عيلتي|عائلتي|الناس|العالم|kolchi|kolshi|koulchi|kulshi|lkol|elkol|lkoll|kolhom|kolkom|ahli',
  betterOff: 'احسن|أحسن|افضل|أفضل|مزيان|mzyan|mezyan|ارتاح|يرتاحو|يرتاحوا|بيرتاحو|برتاحو|مرتاحين|مبسوطين|a7san|ahsan|afdal|afdel|yerta7o|yrta7o',
  without: 'بدوني|بلاني|بلايا|غيري|bdouni|bedouni|bidouni|bdoni|blani|blaya|bla|بلا',
  elsewhere: 'عطله|العطله|اجازه|الاجازه|سفر|مسافر|مسافره|بسافر|رحله|الرحله|مخيم|تدريب|طياره|safar|msafer|msafra|3otla|ننتقل|بننتقل|منتقلين|رحلين|نرحل|انتقال|camping|كامبينغ|تخييم|مخيم|نقلنا|انتقلنا|رحلنا',
  putIn: 'حط|حطو|حطت|حطوا|دس|دسو|7at|7ato|7att|7ett',
  rope: 'حبل|الحبل|حبال|7abel|7bel|habl|l7bel|el7abel',
  chose: 'حددت|اخترت|قررت|حددنا|7addadt|7adadt|khtart|9rrt|qarrart',
  day: 'اليوم|يوم|التاريخ|تاريخ|الموعد|yom|lyoum|nhar|النهار',
  my: 'ليا|ليّا|ديالي|تبعي|تاعي|حقي|liya|lia|dyali|diali|ta3i|taba3i',
  something: 'شي|حاجه|حاجات|شيء|حبوب|دوا|shi|7aja|haja|chi',
  wokeUp: 'فقت|فيقت|صحيت|f9t|fe9t|fi9t|faqt|sa7eet|s7it|sa7it',
};
