import { describe, expect, it } from 'vitest';
import { detectSafetySignal } from './safety-signal';

const level = (text: string) => detectSafetySignal(text).level;

/** The safety net on the Arabic of its dialects, on nights outside and on what a message says beside its danger. */
describe('safety net: dialects, nights and what stands beside the danger', () => {
  it('reads an Arabic rule word with "and", "with" or "the" written onto it, as a concept word is read', () => {
    // "وضربني": "and he hit me"; the rule's word is "ضربني".
    expect(detectSafetySignal('خويا كسر ليا التلفون وضربني بالكرسي البارح', 'ar')).toMatchObject({ level: 'danger', category: 'violence_home' });
    expect(detectSafetySignal('اخدت باراسيتامول كتير من ساعتين وبدأت ارجع', 'ar')).toMatchObject({ level: 'danger', category: 'medical' });
    // A lesson's noun stays a lesson's: "التهديد", "الجرعة الزايدة", "الزواج القسري" in a course or a talk.
    expect(detectSafetySignal('أدرس دورة أمن وحراسة، فيها دروس عن التهديد والهجوم بالسكين', 'ar').level).toBe('none');
    expect(detectSafetySignal('شفنا فيلم وثائقي عن الزواج القسري بالمدرسة، حزين كتير', 'ar').level).toBe('none');
    // The same noun told of oneself alarms, a course named beside it or not.
    expect(detectSafetySignal('في واحد عم يعمل ابتزاز بصوري من كورس اللغه', 'ar').level).toBe('danger');
    expect(detectSafetySignal('اخوي اخد جرعه زايده بعد كورس اللغه', 'ar').level).toBe('danger');
    expect(detectSafetySignal('اهلي بدهم يجوزوني غصب عني بالصيف، اخدو الباسبور مني', 'ar').level).toBe('danger');
  });

  it('reads "I said no" as an answer, not as a "not" before what follows', () => {
    expect(detectSafetySignal('بغاو يزوجوني فالمغرب، وملي قلت لا بابا ضربني', 'ar')).toMatchObject({ level: 'danger', category: 'violence_home' });
    expect(detectSafetySignal('я сказала ні а він мене вдарив', 'uk')).toMatchObject({ level: 'danger', category: 'violence_home' });
    // A "not" that is no answer still negates.
    expect(detectSafetySignal('بابا ما بيضربني', 'ar').level).toBe('none');
    expect(detectSafetySignal('قلتلو لا ما بدي موت', 'ar').level).toBe('none');
  });

  it('alarms on Moroccan Darija as young people write it, in Arabic letters and in Latin ones', () => {
    expect(detectSafetySignal('khti sghira kat9te3 f fkhadha, chfthom f vestiaire', 'ar')).toMatchObject({ level: 'danger', category: 'self_harm' });
    expect(detectSafetySignal('رجعت للشفرة 😔', 'ar')).toMatchObject({ level: 'danger', category: 'self_harm' });
    expect(detectSafetySignal('كنضرب راسي حتى كيتزرق جسمي باش نحس بشي حاجة', 'ar')).toMatchObject({ level: 'danger', category: 'self_harm' });
    expect(detectSafetySignal('كاينين شي دراري لتحت كيتسناوني بالجناوي', 'ar')).toMatchObject({ level: 'danger', category: 'threat' });
    expect(detectSafetySignal('قال بيلقاني وين ما رحت', 'ar')).toMatchObject({ level: 'danger', category: 'threat' });
    expect(detectSafetySignal('غادي نلقاك وغادي تندمي', 'ar')).toMatchObject({ level: 'danger', category: 'threat' });
    expect(detectSafetySignal('ما بقا عندي حتى سبب باش نعيش', 'ar')).toMatchObject({ level: 'danger', category: 'suicide' });
    expect(detectSafetySignal('ila ma jawbtch mn ba3d, rani ktbt lettre l ommi', 'ar')).toMatchObject({ level: 'danger', category: 'suicide' });
    // Never.
    expect(detectSafetySignal('3mmerni jre7t rasi, ghir bghit psycholoog l stress', 'ar').level).toBe('none');
    expect(detectSafetySignal('رجعت للشغل وجبت سكين جديد للمطبخ', 'ar').level).toBe('none');
  });

  it('alarms on hiding from someone raging in the house, and not on a game of hide and seek', () => {
    expect(detectSafetySignal('babam su an bagiriyor ve kapiyi kirmaya calisiyor, kardesimle odada saklaniyoruz', 'tr')).toMatchObject({
      level: 'danger',
      category: 'violence_home',
    });
    expect(detectSafetySignal('my stepdad is drunk and banging on my door, im hiding in my room', 'en')).toMatchObject({ level: 'danger', category: 'violence_home' });
    expect(detectSafetySignal('we played hide and seek and my brother was screaming lol', 'en').level).toBe('none');
    expect(detectSafetySignal('حبست حالي بالغرفه وبابا سكران ويكسر الباب، عندي كورس بكرا', 'ar').level).toBe('danger');
    expect(detectSafetySignal("kaçtım, ailem polise kayıp bildirmiş olabilir, bir serada saklanıyorum", 'tr').category).not.toBe('violence_home');
  });

  it('lets hay-fever pills that make one sleepy go, and a missed train, but not all the pills taken', () => {
    expect(level('heb een pilletje voor hooikoorts genomen, word ik daar slaperig van op werk?')).toBe('none');
    expect(detectSafetySignal('sabah butun antidepresanlarimi ictim simdi basim donuyor', 'tr')).toMatchObject({ level: 'danger', category: 'medical' });
    // A train that "ran away" is missed: no rule reads running away (the learned reading still asks).
    expect(detectSafetySignal('uciekł mi ostatni pociąg z Amsterdamu, spałem u kumpla', 'pl').matched?.rule ?? '').not.toMatch(/^pl:/);
  });

  it('alarms on a bed paid for another way, and on things thrown out on the street', () => {
    expect(detectSafetySignal("mieszkam u znajomego na kanapie, mam sie 'odwdzieczyc'. boje sie tam wracac na noc", 'pl')).toMatchObject({ level: 'danger' });
    expect(detectSafetySignal("живу у знайомого на дивані, каже що за житло я маю 'по-іншому розраховуватись'", 'uk')).toMatchObject({ level: 'danger' });
    expect(detectSafetySignal('my stepdad threw all my stuff out on the street on sunday', 'en')).toMatchObject({ level: 'danger', category: 'homeless_runaway' });
  });

  it('alarms on a marriage arranged with the passport taken, on nights counted outside and on not being around much longer', () => {
    expect(detectSafetySignal('اهلي رتبوا زواجي بالعراق الشهر الجاي واخذوا جوازي. شلون اطلع من هالشي؟', 'ar').level).toBe('danger');
    expect(detectSafetySignal('rodzice chcą mnie wydać za mąż w Polsce i zabrali mi paszport', 'pl').level).toBe('danger');
    expect(level('wie is dit?? anyway ik zit al 3 nachten op het busstation in amstelveen')).toBe('danger');
    expect(level('ik heb 3 nachten op het station gewerkt, nu zoek ik iets anders')).toBe('none');
    expect(detectSafetySignal('we slept 3 nights in a tent at the festival', 'en').level).toBe('none');
    expect(detectSafetySignal("no need tbh. i won't be around much longer anyway", 'en')).toMatchObject({ level: 'danger', category: 'suicide' });
    expect(detectSafetySignal('mam 17 lat i nie mam gdzie iść wieczorem', 'pl')).toMatchObject({ level: 'danger', category: 'homeless_runaway' });
    expect(detectSafetySignal('nie wiem gdzie dzisiaj bede spac', 'pl')).toMatchObject({ level: 'danger', category: 'homeless_runaway' });
    expect(detectSafetySignal('biking to work in this storm is suicide lol', 'en').level).not.toBe('danger');
    // A plan called suicide with a laugh is asked about; without one it is no figure we can tell apart.
    expect(detectSafetySignal('the only way out is literally suicide', 'en').level).toBe('danger');
    expect(detectSafetySignal('the only way out is suicide', 'en').level).toBe('danger');
    expect(detectSafetySignal('intihar gibi seyler dusunuyorum', 'tr').level).toBe('danger');
  });

  it('reads a turn from a laugh to what is meant as meant, and "don\'t have an address anymore" as no recovery', () => {
    expect(level('haha maar serieus ik wil dood')).toBe('danger');
    expect(level('haha ik wil dood')).toBe('unclear');
    expect(detectSafetySignal('moge przyjsc jesli jeszcze bede zyla xd ale serio mam uzbierane tabletki w szufladzie', 'pl').level).toBe('danger');
    expect(detectSafetySignal('المنتور قال امسحوا الكود 😅 بدي اسأل عن الستاج بس بصراحة ما بدي عيش بعد', 'ar').level).toBe('danger');
    expect(detectSafetySignal('lol but seriously this exam will kill me', 'en').level).toBe('none');
    expect(detectSafetySignal("i don't have an address anymore, slept on a bench by the tram stop last night", 'en')).toMatchObject({ level: 'danger', category: 'homeless_runaway' });
    expect(detectSafetySignal("i used to cut when i was 14 but i don't anymore, im good now", 'en').level).toBe('none');
  });

  it('hears a goodbye in Arabic: going to God, not being in this world, not being found tomorrow', () => {
    expect(detectSafetySignal('بغيت نمشي عند الله قبل ما يجي رمضان', 'ar')).toMatchObject({ level: 'danger', category: 'suicide' });
    expect(detectSafetySignal('من الشهر الجاي ما غادي نكون فهاد الدنيا', 'ar')).toMatchObject({ level: 'danger', category: 'suicide' });
    expect(detectSafetySignal('بكرا ما رح تلاقوني', 'ar').level).toBe('unclear');
    // "Forgive me for being late" and "the last message for today" are no goodbyes.
    expect(detectSafetySignal('سامحني على التأخير، الباص ما اجا', 'ar').level).toBe('none');
    expect(detectSafetySignal('sam7ni 3la ta2khir, kont f tram', 'ar').level).toBe('none');
    expect(detectSafetySignal('هاي آخر رسالة اليوم، رايح نام', 'ar').level).toBe('none');
  });

  it('asks about a drink spiked in Darija, and does not read the waiting for suicide', () => {
    // Asked about: a sister's lemon in a drink is no spiking.
    expect(detectSafetySignal('شي واحد حط ليا شي حاجة ف الكاس ديالي، راسي كيدور', 'ar').level).not.toBe('none');
    // Not ice a brother put in a drink.
    expect(detectSafetySignal('my brother put ice in my drink lol', 'en').level).toBe('none');
    // "الانتظار" (the waiting) is one letter from "الانتحار" (suicide).
    expect(detectSafetySignal('كم مدة الانتظار للسكن الاجتماعي؟', 'ar').level).toBe('none');
    // A father who gets angry fast, and a wish to sleep and not get up, are asked about.
    expect(detectSafetySignal('ابوي يعصب بسرعة، ممكن نتقابل برا البيت؟', 'ar').level).toBe('unclear');
    expect(detectSafetySignal('ساعات اتمنى انام وما اقوم', 'ar').level).toBe('unclear');
    // The French "ma" (my) of a Moroccan message is no "not".
    expect(detectSafetySignal('bghit n3ich m3a ma mère', 'ar').level).toBe('none');
  });
});

