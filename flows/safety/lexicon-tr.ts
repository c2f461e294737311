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
  // Hitting, kicking, killing and touching said with the negative suffix: "dövmüyor", "vurmadı",
  // "öldürmez", "dokunmuyo". Written out per verb: a negative suffix on "istemiyorum" ("I don't
  // want [to live]") is part of the danger, not its negation.
  negatedWords:
    'dovmuyo*|dovmez*|dovmedi*|dovmuyor*|vurmuyo*|vurmaz*|vurmadi*|tokatlamiyo*|tokatlamaz*|tokatlamadi*|tekmelemiyo*|tekmelemez*|tekmelemedi*|' +
    'oldurmuyo*|oldurmez*|oldurmedi*|dokunmuyo*|dokunmaz*|dokunmadi*|zorlamiyo*|zorlamaz*|zorlamadi*|itmiyo*|itmez*|itmedi*|' +
    // The future said "not": "öldürmeyecek", "dövmicek", "vurmayacak".
    'oldurmeyecek*|oldurmeycek*|oldurmiycek*|oldurmicek*|dovmeyecek*|dovmeycek*|dovmicek*|vurmayacak*|vurmiycak*|vurmicak*|' +
    'dokunmayacak*|dokunmicak*|bicaklamayacak*|tehdit etmedi*|tehdit etmiyo*',
  trailing: 'artik|ya|yaa|abi|lan|valla|cidden|bence',
  idioms: ['gulmekten|aclıktan|acliktan|sicaktan|merakimdan|uykudan oldum|oluyorum|olecegim'],
  contexts: { play: `${PLAY_WORDS}|mac|macta|oynarken|oyunda`, topic: 'meslek|bolum|film|dizi|haber|kitap|odev|proje' },
  recovered: ['artik|simdi ^daha? iyiyim', 'daha iyiyim', 'gecti artik'],
  longOver: ['# yildir|senedir|aydir temizim|yapmiyorum', 'yillardir yapmiyorum'],
  rules: [
    { match: 'her ^seyden|^seyden? yoruldum|biktim', category: 'suicide', level: 'unclear' },
    { match: 'yoruldum|biktim her ^seyden|^seyden', category: 'suicide', level: 'unclear' },
    { match: 'evde|evdeki durum ^pek? iyi degil|kotu', category: 'violence_home', level: 'unclear' },
    { match: 'bir ^daha ^eve? gelme', category: 'homeless_runaway', level: 'unclear' },
    { match: 'cok|fazla|butun|kutu|#many hap|hapi|haplari|ilac|ilaci|ilaclari', category: 'medical' },
    { match: 'bir ^suru hap|hapi|haplari|ilac|ilaci|ilaclari', category: 'medical' },
    { match: 'hap|hapi|haplari|ilac|ilaci|ilaclari yuttum', category: 'medical' },
    { match: 'haplari|ilaclari ictim', category: 'medical' },
    { match: 'asiri ^doz|overdoz', category: 'medical' },
    { match: 'olmek|olmeyi|olsem {want}|daha', category: 'suicide' },
    { match: 'kendimi oldur*|asacag*|asmak|oldurecegim', category: 'suicide' },
    { match: 'intihar*', category: 'suicide', topic: true },
    { match: 'yasamak|yasamayi istemiyorum|istemiyom', category: 'suicide' },
    { match: 'hayatima son', category: 'suicide' },
    { match: 'yasamanin anlami yok', category: 'suicide' },
    { match: 'kimse beni ozlemez', category: 'suicide' },
    { match: 'kopruden|cattan atlayacag*|atlamak', category: 'suicide' },
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
    { match: 'beni olduruc*|oldurecek*|oldurmek', category: 'threat' },
    { match: 'tehdit*', category: 'threat' },
    { match: 'zorla evlendir*', category: 'threat' },
    { match: 'namus cinayeti', category: 'threat' },
    { match: 'beni takip ediyor', category: 'threat' },
    { match: 'evden kactim|kacti', category: 'homeless_runaway' },
    { match: 'sokakta uyu*|yatiyorum|kaliyorum', category: 'homeless_runaway' },
    { match: 'kalacak|uyuyacak yerim ^yok', category: 'homeless_runaway' },
    { match: 'evden atti*|kovdu*|kovul*|atil*', category: 'homeless_runaway' },
    { match: 'dayanamiyorum', category: 'suicide', level: 'unclear' },
    { match: 'her seyden biktim', category: 'suicide', level: 'unclear' },
    { match: 'artik|artık yapamiyorum', category: 'suicide', level: 'unclear' },
    { match: 'kaybolmak {want}', category: 'suicide', level: 'unclear' },
    { match: 'hicbir seyin anlami yok', category: 'suicide', level: 'unclear' },
  ],
};
