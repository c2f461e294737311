import { conceptsAr } from './concepts-ar';
import type { SafetyLexicon } from './lexicon';
import { PLAY_WORDS } from './play-words';

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
    fam: 'ابي|ابوي|ابويا|بابا|امي|ماما|اخي|اخوي|زوج|عمي|خالي|صديقي|زوجي|اهلي|ابوك',
    want: 'اريد|بدي|عايز|عاوزه|عايزه|ابغى|ابي|نفسي|حابب|اتمنى',
    hit: 'يضربني|ضربني|تضربني|بيضربني|بتضربني|يضربونني|بيضربوني|ضربوني|يعنفني|ضربتني',
  },
  negations: 'لا|ما|مش|لن|مو|ليس|لست|mch|mech|machi|mashi',
  trailing: 'خلاص|والله|بجد|ابدا|بعد|الان',
  idioms: ['مت|اموت|ميت من الضحك|الجوع|الملل|الضحك', 'موتني|موتتني|قتلني|قتلتني ^ضحك|^من ^الضحك'],
  contexts: { play: `${PLAY_WORDS}|لعبه|اللعبه|مباراه`, topic: 'اصبح|مهنه|دراسه|ادرس|فيلم|مسلسل|اخبار|كتاب|مشروع' },
  recovered: ['صرت|صار|هلق|هلا|الحين احسن|منيح|mni7|a7san|ahsan|mli7', 'الحمد ^لله احسن|منيح'],
  longOver: ['من زمان بطلت|وقفت', 'صرلي # سنه|سنين|شهور'],
  rules: [
    { match: 'mabqitsh|mab9itch|mabqitch baghi|bghit ^nkoun|^nb9a', category: 'suicide', level: 'unclear' },
    { match: 'البيت ما احب|بدي ارجع*', category: 'homeless_runaway', level: 'unclear' },
    { match: 'حبوب|ادويه|دوا كثير|كثيره|كتير|كلها', category: 'medical' },
    { match: 'بلعت|شربت حبوب|ادويه|دوا', category: 'medical' },
    { match: 'جرعه زايده|زائده', category: 'medical' },
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
    { match: 'اغتصاب|للاغتصاب|اغتصبني|اغتصبوني|تحرش|يتحرش', category: 'sexual_violence', topic: true },
    { match: 'اعتداء جنسي', category: 'sexual_violence', topic: true },
    { match: 'يلمسني|لمسني', category: 'sexual_violence' },
    { match: 'ابتزاز|يبتزني', category: 'sexual_violence' },
    { match: 'هددوني|يهددني|يهددونني|تهديد|بالقتل', category: 'threat' },
    { match: 'سيقتلني|سيقتلونني|يقتلني|يقتلوني', category: 'threat' },
    { match: 'يزوجني|يجبرونني|زواج بالغصب|غصب|قسري', category: 'threat' },
    { match: 'زواج قسري', category: 'threat' },
    { match: 'يجبرونني|يجبروني|يجبرني على? الزواج', category: 'threat' },
    { match: 'هربت|طلعت من البيت', category: 'homeless_runaway' },
    { match: 'انام|نمت في الشارع', category: 'homeless_runaway' },
    { match: 'نايم|نايمة|بنام|انام|نمت بالشارع|بالشوارع', category: 'homeless_runaway' },
    { match: 'ما|مش|لا عندي|في مكان انام|للنوم|انام', category: 'homeless_runaway' },
    { match: 'طردوني|طردني من البيت', category: 'homeless_runaway' },
    { match: 'ما|مش عدت|بعد اقدر|قادر', category: 'suicide', level: 'unclear' },
    { match: 'تعبت من كل شي|شيء', category: 'suicide', level: 'unclear' },
    { match: '{want} اختفي', category: 'suicide', level: 'unclear' },
    { match: 'ما|مافي في فايده|فائده', category: 'suicide', level: 'unclear' },
  ],
};
