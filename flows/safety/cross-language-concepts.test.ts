import { describe, expect, it } from 'vitest';
import type { Language } from '../../locales/index';
import { detectSafetySignal } from './detect-safety-signal';

const read = (text: string, lang: Language) => detectSafetySignal(text, lang);

describe('concepts written once for every language', () => {
  it('reads a cover story for an injury as violence at home', () => {
    expect(read('ik moet op school zeggen dat ik van de trap ben gevallen', 'nl')).toMatchObject({ level: 'danger', category: 'violence_home' });
    expect(read('muszę mówić w szkole że spadłam z roweru', 'pl')).toMatchObject({ level: 'danger', category: 'violence_home' });
    // Falling asleep is no fall. (The learned reading, trained on many cover stories, still alarms on
    // "have to say … fell" here; only more everyday examples will teach it otherwise.)
    expect(read('i have to say i fell asleep in class again', 'en').matched?.rule ?? '').not.toContain('must + say + fell');
  });

  it('reads a goodbye act as suicide', () => {
    expect(read('كتبت وصيتي وحطيتها تحت المخدة', 'ar')).toMatchObject({ level: 'danger', category: 'suicide' });
    expect(read('ya vzhe napysala lysta mami. ne shukaite mene', 'uk')).toMatchObject({ level: 'danger', category: 'suicide' });
    expect(read('wrote goodbye letters to my little brothers. i just can not be here anymore', 'en')).toMatchObject({ level: 'danger', category: 'suicide' });
  });

  it('reads a household chemical swallowed as medical', () => {
    expect(read('kardesim camasir suyu icti', 'tr')).toMatchObject({ level: 'danger', category: 'medical' });
    expect(read('młodszy brat wypił płyn do chłodnicy', 'pl')).toMatchObject({ level: 'danger', category: 'medical' });
  });

  it('reads grooming, locking in and starving oneself', () => {
    expect(read('er is een man van 40 die wil afspreken en ik mag het niet tegen mn ouders zeggen', 'nl')).toMatchObject({ level: 'danger', category: 'sexual_violence' });
    expect(read('mijn stiefvader sluit me op in mijn kamer', 'nl')).toMatchObject({ level: 'danger', category: 'violence_home' });
    expect(read('eet al dagen niks als straf', 'nl')).toMatchObject({ level: 'danger', category: 'self_harm' });
    expect(read('we gaan morgen met de klas uit eten', 'nl').level).toBe('none');
  });
});

describe('the past that is long over, and accidents', () => {
  it('neither alarms nor asks about self-harm long over, and still alarms on a relapse', () => {
    expect(read("i used to self harm when i was 14 but i've been clean for 4 years and doing well", 'en').level).toBe('none');
    expect(read('relapsed last night after 8 months clean, cut my thighs', 'en').level).toBe('danger');
    expect(read('was 3 maanden clean maar vannacht heb ik mezelf weer gesneden', 'nl').level).toBe('danger');
  });

  it('reads a night outside or a running away as over when the message ends at home, in every language, and not when it goes on outside', () => {
    const over: [string, Language][] = [
      ['toen ik 10 was ben ik een keer van huis weggelopen, na een uurtje kwam ik weer terug', 'nl'],
      ['10 yasindayken evden kactim ama aksam geri dondum', 'tr'],
      ['لما كنت 9 سنين هربت من البيت ورجعت بالليل', 'ar'],
    ];
    for (const [text, lang] of over) expect(read(text, lang).level, text).toBe('none');
    // The learned reading may still ask; no rule alarms.
    const asked: [string, Language][] = [
      ['when i was 11 i ran away from home for an afternoon and went back when it got dark', 'en'],
      ['jak mialam 10 lat uciekłam z domu na pół dnia i wróciłam na kolację', 'pl'],
      ['вчора ночувала на вокзалі бо не було поїздів, зараз вже вдома', 'uk'],
      ['slept at the bus station last night after missing the last bus, i am home now', 'en'],
      ['dun gece otobusu kacirdim parkta uyudum ama simdi evdeyim', 'tr'],
      // Living at home again, said as where one lives.
      ['na de festivalnacht in het park geslapen, was 3 jaar terug, inmiddels woon ik weer gewoon thuis', 'nl'],
      ['slept rough for two weeks when i was 16, now i live at home again and work in a bakery', 'en'],
    ];
    for (const [text, lang] of asked) expect(read(text, lang).level, text).not.toBe('danger');
    // Home first, then outside: the story goes on outside.
    const still: [string, Language][] = [
      ['ik woon nu weer bij mijn moeder maar ze heeft me gisteren eruit gezet, slaap bij een vriend', 'nl'],
      ["i'm home now but tonight i'll sleep outside again", 'en'],
      ['simdi evdeyim ama babam beni evden atti', 'tr'],
      ['ran away from home and now live with my boyfriend who is 30', 'en'],
      // A home that is someone else's: at a man met online.
      ['spałam na dworcu, teraz jestem w domu u faceta z neta, chce czegoś w zamian', 'pl'],
      ['ik woon nu weer gewoon thuis maar gisteren heeft mn stiefvader me eruit gegooid', 'nl'],
    ];
    for (const [text, lang] of still) expect(read(text, lang), text).toMatchObject({ level: 'danger', category: 'homeless_runaway' });
  });

  it('reads an emergency named in a first-aid course as its lesson, and one happening during the course as danger', () => {
    const lessons: [string, Language][] = [
      ['ilkyardim kursunda birisi cok hap icerse ne yapacagimizi ogrendik', 'tr'],
      ['на курсі першої допомоги вчили, що робити при передозуванні', 'uk'],
      ['we did an EHBO course at work and practiced what to do when someone overdosed', 'en'],
    ];
    for (const [text, lang] of lessons) expect(read(text, lang).level, text).toBe('none');
    expect(read('cpr class today, my friend just collapsed and isnt breathing', 'en')).toMatchObject({ level: 'danger', category: 'medical' });
  });

  it('reads being held at someone\'s place, a bed paid for in kind and a killing threatened to keep a secret as danger', () => {
    const danger: [string, Language, string][] = [
      ["im at a guy's place i met online, he won't let me leave", 'en', 'threat'],
      ['staying with a 30 year old, he says i have to do stuff for him in return for the bed', 'en', 'sexual_violence'],
      ['abim kimseye söylersem beni öldüreceğini söyledi', 'tr', 'threat'],
      ['ابوي قال رح يقتلني اذا قلت لحدا', 'ar', 'threat'],
      ['والديا جراو عليا، راني نرقد فالطوموبيل', 'ar', 'homeless_runaway'],
    ];
    for (const [text, lang, category] of danger) expect(read(text, lang), text).toMatchObject({ level: 'danger', category });
    // Their everyday look-alikes: no rule fires (the learned reading judges them on the batches).
    const everyday: [string, Language][] = [
      ["he won't let me go to the party", 'en'],
      ["i stay at my aunt's and help with cooking in return for the room", 'en'],
    ];
    for (const [text, lang] of everyday) expect(read(text, lang).matched?.rule ?? 'learned', text).toMatch(/^learned/);
  });

  it("reads an overdose, a dumping, a quitting and a car crash in a coach's intake answers as their everyday meaning, and one's own as danger", () => {
    const everyday: [string, Language][] = [
      ['i did work experience at the ER, saw someone come in after an overdose. i think i wanna be a paramedic', 'en'],
      ['op mn stage zag ik iemand binnenkomen na een overdosis, wil verpleegkundige worden', 'nl'],
      ['мій брат лікар, розказує про передози в лікарні, я теж хочу в медицину', 'uk'],
      ['chlopak mnie wczoraj rzucil, jestem smutna ale zycie toczy sie dalej', 'pl'],
      ['хлопець мене кинув, я сумна, але життя йде далі', 'uk'],
      ['szkole rzucilam bo mama zachorowala i musialam sie opiekowac siostra', 'pl'],
      ['my best friend died in a car crash last year, grief counseling helped', 'en'],
      ['i have some debt on klarna, and my mum has bailiffs coming for hers', 'en'],
      // Over and better now, in the words each language has for it.
      ['eskiden kendime zarar veriyordum ama 4 yıl önceydi. tedavi aldım, şimdi iyiyim', 'tr'],
      ['çocukken evde çok kavga vardı. şimdi annemle babam ayrıldı, her şey sakin', 'tr'],
      ['нас виселили з квартири, але зараз живемо у тітки, маю свою кімнату', 'uk'],
      // Away for a reason told.
      ['dit is mn laatste bericht voor de vakantie, over 3 weken ben ik terug', 'nl'],
      ['مش هكون موجود الجمعة، مسافر مع ابويا مصر عشان عزا جدي', 'ar'],
      // A word one letter from a danger word, a "no" in Arabizi, a trip, a sleepy day.
      ['ramazanda camide iftar yardimi yapiyorum aksamlari olmaz', 'tr'],
      ['la2 ma b2zi 7ali abadan, bs ana ktir stressed mn el masari', 'ar'],
      ['arkadaslarla Almanya gezisinde arabada uyuduk macera gibiydi', 'tr'],
      ['випила таблетки від алергії, сплю на ходу 😴 можна після обіду?', 'uk'],
    ];
    // No rule fires on them (the learned reading judges them on the batches).
    for (const [text, lang] of everyday) expect(read(text, lang).matched?.rule ?? 'learned', text).toMatch(/^learned/);
    const danger: [string, Language, string][] = [
      ['i overdosed on my meds, sorry cant do the internship call', 'en', 'medical'],
      ['mn vriendin van de opleiding heeft een overdosis genomen', 'nl', 'medical'],
      ['я передозувала таблетки, не можу прийти на стажування', 'uk', 'medical'],
      ['przedawkowałam leki, nie dam rady na praktyki jutro', 'pl', 'medical'],
      ['chlopak rzucil mna o sciane wczoraj', 'pl', 'violence_home'],
      ['вітчим кинув мене об стіну', 'uk', 'violence_home'],
      ['i owe money to some guys and they said theyll come get my little brother', 'en', 'threat'],
      ['kendime zarar veriyorum, her şey normal gibi davranıyorum', 'tr', 'self_harm'],
      ['parkta yatiyorum 3 gundur', 'tr', 'homeless_runaway'],
      ['ana b2zi 7ali kol lila', 'ar', 'self_harm'],
    ];
    for (const [text, lang, category] of danger) expect(read(text, lang), text).toMatchObject({ level: 'danger', category });
  });

  it('reads a past told as over in the words of each language, and a day counted without it, as over; a relapse, last night or a need is not', () => {
    const over: [string, Language][] = [
      ['lisedeyken kendime zarar veriyordum. artık yapmıyorum, gayet iyiyim', 'tr'],
      ['w gimnazjum się cięłam, to już przeszłość, od 3 lat czysta', 'pl'],
      ['в дитинстві тато бив мене, зараз все спокійно, нуль контакту', 'uk'],
      ['ben vroeger een paar keer weggelopen, dat ligt ver achter me', 'nl'],
      ['back in high school i used to cut, those days are over', 'en'],
      ['وانا صغيرة كنت اجرح حالي، هلق الحمد لله تغيرت', 'ar'],
      ['vandaag 1 jaar zonder zelfbeschadiging 🎉', 'nl'],
      ['dzisiaj mija rok bez samookaleczania 🎉', 'pl'],
      ['сьогодні рік без самоушкодження 🎉', 'uk'],
    ];
    for (const [text, lang] of over) expect(read(text, lang).level, text).toBe('none');
    const danger: [string, Language][] = [
      ['i was clean for 2 years but i cut myself last night', 'en'],
      ["i can't go a day without cutting myself", 'en'],
      ['3 maanden zonder snijden en vandaag weer gedaan', 'nl'],
      ['zonder reden sloeg mn vader me gisteren', 'nl'],
    ];
    for (const [text, lang] of danger) expect(read(text, lang).level, text).toBe('danger');
  });

  it('reads a danger told as a then, set against a calm now later in the message, as over; not a now that goes on from it or names no life going on', () => {
    // A time long enough ago and a calm now: over, in each language.
    const over: [string, Language][] = [
      ['toen ik 13 was heb ik een keer pillen geslikt. lang geleden. nu doe ik de opleiding tandartsassistente', 'nl'],
      ["when i was 14 my stepdad hit me a lot. that was years ago. now i'm doing an apprenticeship as a plumber", 'en'],
      ['jak mialem 15 lat spalem na dworcu. to bylo dawno. teraz studiuje informatyke', 'pl'],
      ['ortaokuldayken kendime zarar veriyordum. yıllar önceydi. şimdi üniversitede okuyorum', 'tr'],
      ['коли мені було 13, я різала себе. це було давно. зараз вчуся на кухаря', 'uk'],
      ['لما كنت صغير كنت انام بالشارع. من زمان. الحين اشتغل في مطعم', 'ar'],
    ];
    for (const [text, lang] of over) expect(read(text, lang).level, text).toBe('none');
    // Without a time long ago (an age, a school year, "years ago") it is asked about, not alarmed on; the learned reading does not alarm either.
    expect(read("i took a whole pack of pills once. now i'm studying to be a nurse", 'en').level).toBe('unclear');
    // Dated months or years ago, then a calm sentence without a word for now: asked about, neither silent nor alarmed on.
    const later: [string, Language][] = [
      ['mijn ex bedreigde me toen we uit elkaar gingen, dat is 2 jaar terug. ik wil graag een opleiding in de zorg beginnen', 'nl'],
      ['2 months ago i took a whole pack of pills. i work at a bakery', 'en'],
      ['rok temu ojczym mnie pobił. pracuję w szklarni', 'pl'],
    ];
    for (const [text, lang] of later) expect(read(text, lang).level, text).toBe('unclear');
    // A now that goes on from the then, names who did it, a danger word, or hours: still danger.
    const danger: [string, Language][] = [
      ['vroeger sloeg mijn vader me. nu slaat hij mijn broertje', 'nl'],
      ['в дитинстві тато бив мене. зараз він знову живе з нами', 'uk'],
      ['він мене бив у дитинстві. тоді мама мовчала. зараз я живу з ним сам', 'uk'],
      ['jak miałam 14 lat ojciec mnie bił. teraz wrócił do domu', 'pl'],
      ['kont kanjre7 rasi mli kont sghir. daba wlit kan3awd', 'ar'],
      ['wzięłam 20 tabletek apapu 2 godziny temu, teraz wymiotuję i boli mnie brzuch', 'pl'],
      ['mn vader heeft me eruit gegooid toen ik zei dat ik gay ben. ik heb nergens anders, ik loop nu gwn rond', 'nl'],
      ['byly chlopak grozi ze mnie znajdzie i pobije, stoi teraz pod moim domem', 'pl'],
      ['geçen yıl intihar etmeye çalıştım. şimdi yine aynı düşünceler', 'tr'],
      // A fresh danger told in the past tense, then a now that names no life going on (no study, job, health or home).
      ['he hit me so hard i fell into the door, was bleeding. now im at my friends place with a swollen eye', 'en'],
      ['took the whole box of my mums sleeping pills, was maybe 40. now im lying in bed feeling really heavy', 'en'],
      ['years ago as a kid i tried to end it. now im ready, got everything in my bag', 'en'],
      ['połknęłam wszystkie tabletki od mamy, było ich z 30. teraz leżę w łóżku i wszystko mi się kręci', 'pl'],
      ['ojciec zawsze pił i bił mamę i mnie. teraz wyszedł z więzienia, wraca do domu w piątek', 'pl'],
      ['він вдарив мене так що я впала на двері, була кров. тепер я в подруги, око запливло', 'uk'],
      ['ضربني كف قوي ووقعت على الباب، كان في دم. هلق انا عند صاحبتي وعيني منفخة', 'ar'],
      ['vorig jaar wilde ik er al een eind aan maken. nu weet ik precies wat ik ga doen, alles ligt klaar', 'nl'],
    ];
    for (const [text, lang] of danger) expect(read(text, lang).level, text).toBe('danger');
  });

  it('reads a stay at a cousin for fun as everyday', () => {
    expect(read('bu hafta sonu kuzenimde kaliyorum, cok eglenceli olacak', 'tr').level).toBe('none');
  });
});
