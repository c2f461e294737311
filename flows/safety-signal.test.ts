import { describe, expect, it } from 'vitest';
import { detectSafetySignal } from './safety-signal';

const level = (text: string) => detectSafetySignal(text).level;

describe('safety net', () => {
  it.each([
    'ik wil dood',
    'wil dood',
    'zelfmoord',
    'Ik wil niet meer leven',
    'ik denk aan zelfmoord',
    'soms denk ik aan zelfdoding',
    'ik wil er niet meer zijn',
    'ik wil mezelf iets aandoen',
    'ik snij mezelf',
    'mijn vader slaat me',
    'mijn stiefvader slaat mij elke dag',
    'ik word thuis geslagen',
    'ik word bedreigd',
    'ik wil een einde aan mijn leven maken',
    'I want to kill myself',
    'kill myself',
    'i want to die',
    'kms',
    'self harm',
    'my dad hits me',
    'kendimi öldürmek istiyorum',
    'chcę się zabić',
    'хочу покінчити з собою',
    'أريد أن أقتل نفسي',
  ])('raises the alarm on "%s"', (text) => {
    expect(level(text)).toBe('danger');
  });

  // Messages from testers that the phrase list missed.
  it.each([
    ['ik zie t nie meer zitten', 'suicide'],
    ['zie het echt niet meer zitten', 'suicide'],
    ['ik wil echt dood', 'suicide'],
    ['ik wil doooooood', 'suicide'],
    ['zelmoord', 'suicide'],
    ['zelfmoort', 'suicide'],
    ['z3lfm00rd', 'suicide'],
    ['ik wil echt echt niet meer leven', 'suicide'],
    ['mbo 2 maar eigenlijk wil ik gewoon dood', 'suicide'],
    ["I don't wanna live anymore", 'suicide'],
    ['ik heb net een hele strip pillen geslikt', 'medical'],
    ['ik heb me weer gesneden', 'self_harm'],
    ['me vader slaat me', 'violence_home'],
    ['mijn vader heeft me geslagen', 'violence_home'],
    ['ik ben bang voor mijn stiefvader', 'violence_home'],
    ['ik ben doodsbang voor mijn stiefvader', 'violence_home'],
    ['ik voel me onveilig thuis', 'violence_home'],
    ['my dad hit me yesterday', 'violence_home'],
    ['iemand heeft naaktfotos van mij en wil geld', 'sexual_violence'],
    ['ik ben van huis weggelopen', 'homeless_runaway'],
    ['ze willen me vermoorden', 'threat'],
  ])('raises the alarm on "%s" as %s', (text, category) => {
    expect(detectSafetySignal(text)).toMatchObject({ level: 'danger', category });
  });

  it.each([
    'ik ga dood van het lachen',
    'die film was echt killing',
    'ik wil naar school',
    'ik heb geen zin meer in school',
    'mijn vader helpt me met mijn cv',
    'we slaan een balletje bij voetbal',
    'doodmoe ben ik',
    'ik wil werken',
    'Stop',
    'ja',
    '',
    '😂😂😂',
    'I am dying to start my new job',
    'mijn oma is vorig jaar dood gegaan',
    'ik zit thuis en verveel me',
    // False alarms testers found with the phrase list.
    'ik wil doodgraag een baan',
    'ik wil doodgewoon werken',
    'hij slaat me niet hoor',
    'mijn vriend slaat me altijd met fifa',
    'ik woon 5 kms van school',
    'ik wil hulpverlener worden tegen huiselijk geweld',
    // Negations, idioms, games.
    'ik wil niet dood',
    'im not suicidal',
    'ik ben doodsbang voor de toets',
    'kill me in fortnite',
    'ik wil niet meer naar school',
    // Turkish says "not" inside the verb.
    'babam beni dövmüyor, sadece çok kızıyor',
    'abim bana vurmadı ya',
  ])('stays quiet on "%s"', (text) => {
    expect(level(text)).toBe('none');
  });

  it.each(['babam beni dövüyor', 'abim bana vurdu', 'yaşamak istemiyorum'])('still alarms on the Turkish "%s" (a negated verb is a negation only where it is not the danger)', (text) => {
    expect(level(text)).toBe('danger');
  });

  describe('a thought said no to, in every language, and the same thought said', () => {
    it.each([
      ['en', 'i have no suicidal thoughts, just need a job'],
      ['nl', 'ik heb geen gedachten aan zelfmoord hoor'],
      ['tr', 'intihar düşüncem falan yok merak etme'],
      ['tr', 'hayır kendime zarar vermek gibi bir düşüncem yok, sadece iş lazım'],
      ['tr', 'hayır kendime hiç zarar vermedim, neden soruyorsun?'],
      ['pl', 'nie mam zadnych mysli samobojczych, spoko'],
      ['pl', 'nie, nigdy nie myslalem o samobojstwie, czemu pytasz? szukam tylko praktyk'],
      ['uk', 'суїцидальних думок немає, не хвилюйтесь'],
      ['uk', 'я ніколи не думав про самогубство'],
      ['ar', 'ma 3andich afkar dyal intihar, ghir mlit'],
    ] as const)('stays quiet on the %s "%s": the rule and the learned reading both hear the "no"', (lang, text) => {
      expect(detectSafetySignal(text, lang).level).toBe('none');
    });

    it.each([
      ['en', "i can't stop thinking about suicide"],
      ['nl', 'ik heb elke dag gedachten aan zelfmoord'],
      ['tr', 'intihar etmeyi düşünüyorum, her şeyi hazırladım'],
      ['tr', 'koprudan atlamayi dusunuyorum'],
      ['pl', 'nie moge przestac myslec o samobojstwie'],
      ['uk', 'мене не відпускають думки про самогубство'],
      ['nl', 'ik snij mezelf elke dag ik heb geen plan meer'],
    ] as const)('alarms on the %s "%s"', (lang, text) => {
      expect(detectSafetySignal(text, lang).level).toBe('danger');
    });
  });

  it.each(['ik wil niet meer', 'ik ben er klaar mee met alles', "I can't do this anymore", 'ik kan niet meer'])(
    'asks rather than alarms on the ambiguous "%s"',
    (text) => {
      expect(level(text)).toBe('unclear');
    },
  );

  it('alarms on danger told in the past when nothing says it is over, and asks when it is', () => {
    expect(level('gisteren sloeg mijn vader me')).toBe('danger');
    expect(level('vroeger sloeg mijn vader me en nu nog steeds')).toBe('danger');
    expect(level('vroeger wilde ik dood, het gaat nu niet goed')).toBe('danger');
    expect(level('vroeger dacht ik vaak aan zelfmoord maar nu gaat het echt beter')).toBe('unclear');
    expect(level('i used to cut myself, im fine now')).toBe('unclear');
    expect(level('vroeger sneed ik mezelf, nu gaat het beter maar nu wil ik dood')).toBe('danger');
  });

  it('leaves alone a danger told as long enough ago in a message that says it is better now, in any language', () => {
    expect(level('when i was 14 i used to cut myself, im fine now')).toBe('none');
    expect(level('ik was 2 jaar geleden dakloos, nu heb ik gelukkig een studio. waar begin ik met mbo?')).toBe('none');
    expect(level('dawniej spalem na ulicy, rok temu dostalem pokoj i teraz mam swoj pokoj. jak zaczac MBO?')).toBe('none');
    expect(level('два роки тому я жила на вулиці, зараз маю свою кімнату')).toBe('none');
    expect(level('iki yıl önce sokakta kalıyordum, şimdi çok şükür kendi odam var')).toBe('none');
    // The time may follow the danger in the next sentence ("maar" starts one).
    expect(level('ben op mn 15e weggelopen van huis maar dat is 6 jaar geleden, gaat nu echt goed')).toBe('none');
    expect(level('lisede kendime zarar veriyordum ama 6 yıldır yok, terapi aldım')).toBe('none');
    // A closed chapter, help had, living on one's own for years, "as a child" and "long ago".
    expect(level('mijn stiefvader sloeg me vroeger, dat is lang geleden en ik heb er hulp voor gehad. nu zoek ik een bbl plek')).toBe('none');
    expect(level('toen ik 16 was ben ik een paar nachten van huis weggelopen, nu woon ik al twee jaar op mezelf en alles is oke')).toBe('none');
    expect(level('kiedyś matka mnie biła, ale to zamknięty temat, mieszkam sama od trzech lat')).toBe('none');
    expect(level('раніше вітчим мене бив, але це закрита тема, я давно живу окремо')).toBe('none');
    expect(level('küçükken babam beni döverdi ama bu çok eskidendi, şimdi her şey yolunda')).toBe('none');
    expect(level('خويا كان كيضربني زمان، هادشي سالا، دابا كلشي مزيان')).toBe('none');
    // A friend's past told as better now; a self-harm long over in a few words.
    expect(level('mn neef was vorig jaar dakloos maar heeft nu een kamer')).toBe('none');
    expect(level('eskiden kendimi keserdim ama cok oldu, iyiyim simdi')).toBe('none');
    expect(level('раніше різала руки, але вже роками все ок')).toBe('none');
    // Without "better now" a time ago is only the past: still alarmed on.
    expect(level('2 jaar geleden sneed ik mezelf')).not.toBe('none');
    expect(level('küçükken babam beni döverdi')).not.toBe('none');
    expect(level('kiedyś matka mnie biła i dalej bije, nie mam gdzie iść')).toBe('danger');
    // And the present still speaks: "now he hits me".
    expect(level('2 jaar geleden was ik dakloos, nu heb ik een studio. maar mijn vriend slaat me')).toBe('danger');
    expect(level('vroeger sneed ik mezelf, nu gaat het beter maar nu wil ik dood')).toBe('danger');
  });

  it('reads a laugh as a mask unless the message says it is no joke, in any language', () => {
    // A laugh turns a danger into the check question; a laugh said not to be one does not.
    expect(level('ik wil dood haha')).toBe('unclear');
    expect(level('ik wil dood haha geen grapje')).toBe('danger');
    expect(level('i want to die lol not kidding')).toBe('danger');
    expect(level('ölmek istiyorum şaka değil')).toBe('danger');
    expect(level('chcę umrzeć xd nie żartuję')).toBe('danger');
    expect(level('хочу вмерти хаха не жартую')).toBe('danger');
    // The laugh itself is no everyday cause: only a test or a game makes dying a figure of speech.
    expect(level('chcę umrzeć hahaha')).toBe('unclear');
    expect(level('die toets maakt me dood lol')).toBe('none');
    // Pills swallowed, cuts, rape and a night outside are no figure of speech: a laugh changes nothing.
    expect(level('ik heb een strip pillen geslikt lol, morgen toets')).toBe('danger');
    expect(level('als ik stress heb krab ik mezelf open tot t bloedt, vannacht weer haha')).toBe('danger');
    expect(level('slept at the bus station last night lol, how do i apply for uitkering')).toBe('danger');
    // The everyday cause is read in the language that found the danger: the Turkish "not" is a grade.
    expect(detectSafetySignal('i do not want to live anymore lol', 'en').level).toBe('unclear');
    expect(detectSafetySignal('mama mnie zabije jak znowu obleje matme 😅', 'pl').level).toBe('none');
    // A CV, a course or DigiD "kills" only as a figure of speech, in any language.
    expect(detectSafetySignal('dat cv maakt me echt dood haha', 'nl').level).toBe('none');
    expect(detectSafetySignal('bu kurs beni öldürecek 😂', 'tr').level).toBe('none');
    expect(detectSafetySignal('to CV mnie zabija xd', 'pl').level).toBe('none');
    // A person who "will kill me" with a laugh is still asked about: it may be the nervous laugh of a real threat.
    expect(detectSafetySignal('mijn ex zegt dat hij me vermoordt als ik ga haha', 'nl').level).toBe('unclear');
  });

  it('lets a game make hitting play only when it is named near the hitting', () => {
    expect(level('mijn vriend slaat me altijd met fifa')).toBe('none');
    expect(level('ik krijg een pak slaag van mijn trainer bij kickboksen')).toBe('none');
    expect(level('na de training gisteren stond mijn stiefvader bij het hek en thuis sloeg hij me met zijn riem')).toBe('danger');
  });

  it('shares a topic between the languages a message mixes', () => {
    // "A classmate writes a paper on loverboys": the Dutch word in a Polish school paper.
    expect(level('koleżanka z klasy pisze wypracowanie o loverboyach, można dostać kontakt?')).toBe('none');
    expect(level('ik ben gesneden voor mijn rijexamen')).toBe('none');
    expect(level('ik heb me gesneden voor de toets uit stress')).toBe('danger');
    // A shelter for animals is no night shelter; a night shelter is still asked about.
    expect(level('mn tante heeft een opvanghuis voor katten, mag ik daar helpen?')).toBe('none');
    expect(level('допомагаю в притулку для тварин по суботах')).toBe('none');
    expect(level('ik slaap nu in de nachtopvang')).not.toBe('none');
  });

  describe('a look-alike told with its everyday cause, the danger told without it', () => {
    it.each([
      ['mn kat heeft mn hele arm opengekrabd haha', 'ik heb mn hele arm opengekrabd haha'],
      ['ik ben gevallen met de fiets en mn knie bloedt', 'ik heb mezelf gesneden en mn arm bloedt'],
      ['mn afscheidskaart voor mn collegas is af', 'mn afscheidsbrief voor mn moeder is af'],
      ['nie chce zyc w holandii cale zycie, po dyplomie wracam do krakowa', 'nie chce zyc, po co to wszystko'],
      ['не хочу жити в нідерландах усе життя', 'не хочу жити більше'],
      ['my flight was delayed so i slept at the airport', 'i got kicked out so i slept at the airport'],
      ['i used to self harm years ago, had therapy, now i want to work in youth care', 'i self harm, i want to stop'],
      // A landlord, a debt collector or a court threatens paperwork, not harm.
      ['хазяїн погрожує підняти оренду на 200 євро, це законно?', 'він погрожує мене знайти і побити'],
      ['właściciel grozi eksmisją bo jestem 2 tygodnie do tyłu z czynszem', 'grozi mi że mnie pobije jak nie oddam kasy'],
      ['de deurwaarder dreigt beslag te leggen op mn loon', 'mijn huisbaas bedreigt me met een mes'],
    ])('lets "%s" go, and alarms on "%s"', (safe, danger) => {
      expect(level(safe)).toBe('none');
      expect(level(danger)).toBe('danger');
    });

    it.each(['ten upał mnie wykończy 😅 w kontenerze nie ma klimy', 'друг сказав що вб\'є мене якщо не прийду на днюху 😂', 'my cousin says she will strangle me if i miss her birthday 😂', 'цей іспит з нідерландської мене вбʼє 😂', 'ten holenderski mnie zabije 😂 de czy het??'])(
      'reads the heat, a language, an exam or a party as everyday causes of a laugh: "%s"',
      (text) => expect(level(text)).toBe('none'),
    );
  });

  describe('a parent or a friend who will "kill" the young person over an everyday thing, and the same words made real', () => {
    it.each([
      ['my dad will murder me when he sees the scratch on his car', 'my dad will murder me when he finds out about my girlfriend'],
      ['mijn moeder vermoordt me als ze ziet dat mn telefoon kapot is', 'mijn vader vermoordt me, vorige keer sloeg hij me met een stoel'],
      ['babam beni öldürecek, kapının camını kırdım', 'babam beni öldürecek, sevgilimi gördü'],
      ['mama mnie zabije, zgubiłam klucze od mieszkania', 'tata mnie zabije, ma nóż i krzyczy'],
      ['мама мене вбʼє, я розбила її чашку', 'брат мене вбʼє, я дуже боюся його'],
      ['ماما رح تقتلني، كسرت الصحن تبعها', 'اخوي رح يقتلني اذا عرف اني بحكي مع شب'],
    ])('lets "%s" go, and alarms on "%s"', (light, meant) => {
      expect(level(light)).toBe('none');
      expect(level(meant)).toBe('danger');
    });

    it.each([
      // Someone else's brother, a friend who was the victim, a threat to keep the young person silent.
      'een jongen uit mijn klas zegt dat zijn broer mij komt neersteken',
      'mijn vriend is gisteren neergestoken en ze zeggen dat ik de volgende ben',
      'brat powiedział że mnie zabije jak komuś powiem',
      'my ex will kill me if i go to the police',
      // A boyfriend is a partner, not a friend: "vriend" is both in Dutch.
      'mijn vriend zegt dat hij me vermoordt als ik het uitmaak',
    ])('still alarms on "%s"', (text) => expect(level(text)).toBe('danger'));
  });

  it('lets a young person be thrown out of the kitchen, a group chat or a class, and a hostel be a holiday', () => {
    expect(level('my mum kicked me out of the living room because the ps5 was too loud')).toBe('none');
    expect(level('annem beni salondan kovdu, çok gürültü yapmışım')).toBe('none');
    expect(level('need a cheap hostel in amsterdam for my cousin')).toBe('none');
    expect(level('mn moeder heeft me eruit gegooid en ik heb geen sleutel')).toBe('danger');
  });

  it('lets a night outside go when the message says there is a home now, and an angry parent be angry', () => {
    expect(level('vroeger sliep ik op straat, nu heb ik een eigen studio')).toBe('none');
    expect(level('коли приїхала ночувала на вокзалі, тепер маю свою кімнату')).toBe('none');
    expect(level('mijn vader was boos omdat ik om 2 uur thuis kwam')).toBe('none');
    expect(level('ik slaap vannacht op straat')).toBe('danger');
    expect(level('mijn vader is agressief als hij drinkt')).not.toBe('none');
  });

  it('lets an overdose in a CPR lesson or a documentary, and volunteering for the homeless, go; not an overdose or a night outside told beside a study', () => {
    expect(level('we practised cpr and what to do with an overdose in my first aid course')).toBe('none');
    expect(level('ik wil vrijwilliger worden voor mensen die dakloos zijn')).toBe('none');
    expect(level('my friend took an overdose and is not waking up')).toBe('danger');
    // A study, an internship or a lesson is the young person's day, not the subject of the message.
    expect(level("i'm studying for my exams and i just took an overdose")).toBe('danger');
    expect(level('na de les ga ik een overdosis nemen')).toBe('danger');
    expect(level('mijn vriendin van de opleiding heeft een overdosis genomen')).toBe('danger');
    expect(level('die film ging over een jongen die een overdosis nam, heftig')).toBe('none');
    expect(level('staj arkadaşım aşırı doz aldı, uyanmıyor')).toBe('danger');
    expect(level("i'm homeless since my internship ended")).toBe('danger');
  });

  it('lets a laugh take the breath, a rehearsal with a fake knife and an EpiPen carried for work go; not the same words meant', () => {
    expect(level("i literally can't breathe this meme 😭")).toBe('none');
    expect(level('gulmekten nefes alamiyorum 😂')).toBe('none');
    expect(level('nie moge zlapac tchu ze smiechu')).toBe('none');
    expect(level("i can't breathe after those pills")).toBe('danger');
    expect(level('nefes alamiyorum hap ictim')).toBe('danger');
    expect(level('bij de proefdag bedreigde een acteur ons met een nepmes, was vet')).toBe('none');
    expect(level('i want to disappear this weekend')).toBe('unclear');
    expect(level('hij bedreigde me met een mes')).toBe('danger');
    expect(level("i'm allergic to nuts so i always carry an epipen, is that a problem for a kitchen job?")).toBe('none');
    expect(level('i used my epipen but my throat is still closing')).toBe('danger');
  });

  it('asks about a loverboy told as a lesson, and alarms on one of the young person or someone close', () => {
    expect(level('we hadden vandaag op school een les over loverboys, heftig')).toBe('unclear');
    expect(level('mijn vriend is een loverboy denk ik')).toBe('danger');
    expect(level("my sister's boyfriend is a loverboy")).toBe('danger');
  });

  it('asks about a family that wants the young person married, not about a cousin\'s wedding, and gives an address for a visit', () => {
    expect(level('mn ouders willen dat ik ga trouwen, weet niet wat ik ervan vind')).toBe('unclear');
    expect(level("my cousin's getting married in august, can i take a week off")).toBe('none');
    expect(level('сестра виходить заміж в україні в серпні, можна взяти вихідні?')).toBe('none');
    expect(level('can u just send me the address of the office real quick')).toBe('none');
    expect(level('they posted my address in the group chat')).toBe('danger');
  });

  it('lets a danger go that is years over and told as over, in words young people use', () => {
    expect(level('ik heb vroeger mezelf pijn gedaan maar dat is al 3 jaar voorbij, gaat nu echt goed')).toBe('none');
    expect(level('babam eskiden vururdu ama 8 yildir bizimle yasamiyor, evde huzur var artik')).toBe('none');
    expect(level('колись різала себе, але вже 5 років ні')).toBe('none');
    expect(level('deleted all my socials, paid everyone back what i owed. feels weirdly calm now')).toBe('danger');
    expect(level('ik kras mezelf weer, vroeger was het erger')).toBe('danger');
  });

  it('alarms on a parent beating with a belt, a cable or a slipper, the "me" left out, and not on a cable for a laptop', () => {
    expect(detectSafetySignal('als ik spijbel slaat mn vader met de riem', 'nl')).toMatchObject({ level: 'danger', category: 'violence_home' });
    expect(detectSafetySignal('okulu asinca annem kemerle vuruyor', 'tr')).toMatchObject({ level: 'danger', category: 'violence_home' });
    expect(detectSafetySignal('мама бьет ремнем если прогуливаю', 'uk')).toMatchObject({ level: 'danger', category: 'violence_home' });
    expect(detectSafetySignal('ojciec bije paskiem za kazda jedynke', 'pl')).toMatchObject({ level: 'danger', category: 'violence_home' });
    expect(level('ik zoek een kabel voor mijn laptop')).toBe('none');
    expect(level('met die storm op de scooter naar school is echt zelfmoord haha')).toBe('none');
  });

  it('alarms when a young person tells that someone else is in danger', () => {
    // A friend who wants to die is someone in danger: a coach calls back and can help get help.
    expect(detectSafetySignal('mijn vriendin wil dood')).toMatchObject({ level: 'danger', category: 'suicide' });
  });

  it('says why it fired: the rule and the words, for the coach and the GGD', () => {
    const signal = detectSafetySignal('Ik zit op het mbo, maar me vader slaat me soms');
    expect(signal).toEqual({
      level: 'danger',
      category: 'violence_home',
      matched: { rule: 'nl: {fam} {hit} {me}', words: 'vader slaat me' },
    });
  });

  it('reads every language whatever the conversation language, and reports its own rule first', () => {
    expect(detectSafetySignal('my dad hit me', 'nl')).toMatchObject({ level: 'danger', matched: { rule: expect.stringMatching(/^en: /) } });
    expect(detectSafetySignal('ik wil dood', 'ar')).toMatchObject({ level: 'danger', matched: { rule: expect.stringMatching(/^nl: /) } });
  });

  it('reads a long message quickly', () => {
    const story = 'ik heb op school veel gedaan en ik zoek nu werk in de buurt van amstelveen. '.repeat(30) + 'en ik wil eigenlijk dood';
    // The first long message fills the word caches; the bot reads one message per turn after that.
    level(story.replace('dood', 'werk'));
    const started = performance.now();
    expect(level(story)).toBe('danger');
    expect(performance.now() - started).toBeLessThan(500);
  });
});
