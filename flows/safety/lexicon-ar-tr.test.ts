import type { SafetyCategory } from './safety-types';
import { describeVocabulary } from './vocabulary.test-support';

/**
 * Arabic (script and Latin letters, several dialects) and Turkish danger told the ways the blind batches
 * showed the rules missing it, written in other words than the batches, so a rule that only fits one
 * sentence fails here.
 */
const danger: readonly [string, 'ar' | 'tr', SafetyCategory][] = [
  ['اخوي الكبير بيذبحني اذا عرف اني طلعت', 'ar', 'threat'],
  ['جوز امي بيحرقني بالسيجارة لما يعصب', 'ar', 'violence_home'],
  ['zoj omi ydrabni kol lila', 'ar', 'violence_home'],
  ['بعاقب حالي بالجوع كل ما اغلط', 'ar', 'self_harm'],
  ['رجعت اخدش ايدي بالموس', 'ar', 'self_harm'],
  ['بدي امشي من هالدنيا وخلص', 'ar', 'suicide'],
  ['رح ريحكم مني قريب', 'ar', 'suicide'],
  ['ra7 enta7er el lela', 'ar', 'suicide'],
  ['نايم بالباص من اسبوع، ما عندي وين روح', 'ar', 'homeless_runaway'],
  ['ماعنديش فين نبات الليلة', 'ar', 'homeless_runaway'],
  ['واحد بيلاحقني كل يوم من المدرسة للبيت', 'ar', 'threat'],
  ['اختي جاتها نوبة صرع وما بترد علينا', 'ar', 'medical'],
  ['صاحبتي طاحت وما كاتتنفسش', 'ar', 'medical'],
  ['khoya ta7 w makaytnfsch', 'ar', 'medical'],
  ['ben olmazsam herkes daha rahat eder', 'tr', 'suicide'],
  ['bir daha uyanmamak istiyorum', 'tr', 'suicide'],
  ['her aksam yemekten sonra bilerek kusuyorum', 'tr', 'self_harm'],
  ['sigarayi koluma bastirdim yine', 'tr', 'self_harm'],
  ['kuzenim kriz geciriyor, yerde kasiliyor', 'tr', 'medical'],
  ['abim kokain aldi, titriyor ve konusmuyor', 'tr', 'medical'],
  ['okulu birakirsan biterisin dediler', 'tr', 'threat'],
  ['ev sahibi kilidi degistirmis, disarda kaldim', 'tr', 'homeless_runaway'],
  ['bu gece nerede yatacagim bilmiyorum', 'tr', 'homeless_runaway'],
];

/** Everyday messages that only look like danger: no rule may alarm or ask (the learned reading is judged apart). */
const everyday: readonly [string, 'ar' | 'tr'][] = [
  ['ما كنتنفسش مزيان بسبب الزكام', 'ar'],
  ['هددوني يسحبوا السيارة اذا ما دفعت المخالفات', 'ar'],
  ['f cours EHBO t3lmna ach ndiro ila chi wa7ed ma kaytnfsch', 'ar'],
  ['خويا ما كيفيقش فالصباح للمدرسة هههه', 'ar'],
  ['الشغل اليوم ذبحني، رجلي مش حاملتني', 'ar'],
  ['امي رح تقتلني اذا تأخرت هههه', 'ar'],
  ['شلت القشاط من البنطلون لانه ضيق', 'ar'],
  ['ركبت الباص للمدرسة الصبح', 'ar'],
  ['بفكر اروح عالبحر بكرا', 'ar'],
  ['صاحبي نام عندي امبارح بعد الحفلة', 'ar'],
  ['aklt bzaf f l3id, ghadi nmout mn chb3a', 'ar'],
  ['bugun cok gec uyandim, derse gec kaldim', 'tr'],
  ['kedime ilacini verdim, hepsini yuttu', 'tr'],
  ['sinavdan sonra eve donup uyudum', 'tr'],
  ['yarin yokum, tatile gidiyoruz', 'tr'],
  ['kardesimin dogum gununde herkes rahatladi, sorun yok', 'tr'],
  ['ambulans soforu olmak istiyorum', 'tr'],
];

describeVocabulary('Arabic and Turkish vocabulary', danger, everyday);
