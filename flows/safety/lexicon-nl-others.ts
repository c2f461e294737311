import { conceptsNl } from './concepts-nl';
import type { SafetyRule } from './lexicon';

/**
 * The Dutch rules of what others do to a young person and where they sleep: sexual violence and
 * exploitation, violence at home, threats, nowhere to go; and the worries asked about (lexicon-nl.ts
 * holds the rest of the Dutch lexicon).
 */

/** Not going home because of the trains or a shift, not because of home. */
const TRAVEL = 'trein|treinen|bus|tram|metro|ov|staking|storing|vertraging|file|sneeuw|ziek|dienst|fiets|lekke|band|laat';

export const otherRulesNl: readonly SafetyRule[] = [
    // Touching told the Dutch way: "hij heeft aan me gezeten", "als je stiefvader aan je zit".
    { match: 'aan ^me|^mij|^je|^haar ^gezeten|^zitten|^zit|^zat|^zaten', category: 'sexual_violence' },
    // Being passed on to his friends: "met zijn matties moet slapen".
    { match: 'met ^zijn|^haar? vrienden|matties|mannen|jongens|neven ^moet|^moest? slapen', category: 'sexual_violence' },
    // Being kept inside: a controlling partner or parent.
    { match: 'mag|mocht ^van ^hem|^haar|^hun|^ze? niet naar ^buiten', category: 'violence_home', level: 'unclear' },
    { match: 'mag|mocht ^van ^hem|^haar|^hun|^ze? niet de ^deur ^uit', category: 'violence_home', level: 'unclear' },
    { match: 'sla|slaat|maak|maakt ik? je|jou ^dood', category: 'threat' },
    { match: 'alles ^is ^gewoon? ^zo? ^echt? zwaar|teveel', category: 'suicide', level: 'unclear' },
    { match: 'pakt|pakte mijn telefoon ^af', category: 'violence_home', level: 'unclear' },
    { match: 'checkt|checken|controleert|controleren|leest ^altijd? mijn telefoon|berichten|locatie', category: 'violence_home', level: 'unclear' },
    { match: 'willen|wil|komen|gaan ^me|^mij ^pakken', category: 'threat', level: 'unclear' },
    { match: 'weten|weet waar ik woon|slaap|zit|school', category: 'threat', level: 'unclear' },
    { match: 'niemand zou ^het merken|missen', category: 'suicide', level: 'unclear' },
    { match: 'ik haat mezelf', category: 'suicide', level: 'unclear' },
    { match: 'weet niet waar ik ^moet|^kan? slaap|slapen', category: 'homeless_runaway' },
    { match: 'hoofd tegen muur', category: 'self_harm' },

    // Violence at home (and by a partner).
    { match: '{fam} {hit} {me}', category: 'violence_home' },
    { match: '{fam} {me} {hit}', category: 'violence_home', gap: 4 },
    // Things thrown: "mn moeder gooide een stoel naar me".
    { match: '{fam} gooit|gooide|smeet|smijt|gooien ^een|^de|^het? stoel|fles|glas|bord|mes|schoen|pan|asbak|stoelen|flessen|borden|spullen naar|tegen|op', category: 'violence_home' },
    // Told about someone else at home: "mn pa slaat mn moeder", "mijn vader heeft mijn zusje geschopt".
    { match: '{fam} {hit} ^mijn? ^de? {victim}', category: 'violence_home' },
    { match: '{fam} ^heeft mijn? {victim} {hit}', category: 'violence_home' },
    { match: 'hij|zij|ze {hit} ^{me}', category: 'violence_home' },
    // Inversion after "gisteren", "vroeger", "thuis": "gisteren sloeg mijn vader me".
    { match: '{hit} {fam} ^{me}', category: 'violence_home' },
    { match: '{hit} ^hij|^zij|^ze ^{me}', category: 'violence_home' },
    { match: 'word|wordt|werd|ben|worden geslagen|mishandeld|geschopt|gewurgd|afgetuigd', category: 'violence_home' },
    { match: 'krijg|kreeg klappen|slaag', category: 'violence_home' },
    // "Me pa gaat los op me": attacks.
    { match: '{fam}|hij|zij|ze gaat|ging|gaan ^helemaal? los op {me}', category: 'violence_home' },
    { match: 'bang|doodsbang|angst|schrik voor {fam}', category: 'violence_home' },
    { match: 'bang|durf niet ^meer? naar|om huis|thuis', category: 'violence_home' },
    { match: 'onveilig thuis', category: 'violence_home' },
    { match: 'thuis onveilig', category: 'violence_home' },
    { match: 'thuis niet veilig', category: 'violence_home' },
    { match: 'niet veilig thuis', category: 'violence_home' },
    { match: 'huiselijk geweld', category: 'violence_home', topic: true },
    { match: 'geweld thuis', category: 'violence_home', topic: true },
    { match: 'mishandeling|mishandeld', category: 'violence_home', topic: true },
    { match: 'bang ^thuis', category: 'violence_home' },
    // Told by its marks: "een dikke lip want mijn vader was boos", "een blauw oog van hem".
    {
      match: 'blauw|blauwe|dikke|gebroken|kapotte oog|plek|plekken|lip|neus|ribben|pols|kaak van|door|want|omdat|sinds {fam}|hem|haar',
      category: 'violence_home',
      gap: 6,
    },
    // A story to tell at school: "ik moet zeggen dat ik van de fiets ben gevallen".
    { match: 'moet|moest|moeten zeggen|vertellen dat gevallen|gestruikeld|gestoten|ongeluk|voetbal|bal|trap|deur|fiets|sport', category: 'violence_home', level: 'unclear', gap: 8 },
    { match: '{fam}|hij|zij|ze zegt|zei|wil|wilt zeggen|vertellen gevallen|gestruikeld|gestoten|ongeluk|voetbal|bal|trap|deur|fiets|sport', category: 'violence_home', gap: 8 },
    // Things thrown at the young person: "ze gooien met dingen naar me", "een asbak tegen mn hoofd".
    { match: 'gooien|gooit|gooide|gooiden|smijten|smijt|smeet|smeten|gegooid|gesmeten naar|tegen {me}', category: 'violence_home', level: 'unclear', gap: 4 },
    { match: 'asbak|stoel|fles|glas|bord|schoen|pan|beker|afstandsbediening|riem|telefoon tegen|naar mijn hoofd|gezicht|kop|lijf|rug', category: 'violence_home', gap: 3 },
    // Dragged by the hair.
    { match: 'trekt|trok|sleurt|sleurde|gesleurd|getrokken|sleuren|trekken|trekte aan ^mijn|^zijn|^de? haren|oren', category: 'violence_home', gap: 4, unless: 'hond|kat|poes|kapper|baby|kitten|puppy' },
    { match: 'trekt|trok|sleurt|sleurde|gesleurd|getrokken|sleuren|trekken|trekte aan mijn haar', category: 'violence_home', gap: 4, unless: 'hond|kat|poes|kapper|baby|kitten|puppy' },
    // Its rules: a blow for being late, "dan krijg ik het weer", shut in.
    { match: 'krijg|kreeg|krijgen|kregen ^ik? ^een? klap|klappen|tik|tikken|mep|meppen|oplawaai|pak', category: 'violence_home', unless: 'bal|molen|boom|deur|auto|fiets|schouder|rug|stroom' },
    { match: 'krijg|kreeg|krijgen ^ik? ervan langs', category: 'violence_home' },
    { match: 'krijg|kreeg|krijgen ^ik? op mijn donder|flikker|lazer|sodemieter|kop', category: 'violence_home', level: 'unclear' },
    { match: 'krijg ik het weer $', category: 'violence_home', level: 'unclear' },
    { match: 'erachter komt|komen|achterkomt hulp|praat|hier|jullie|aangifte', category: 'violence_home', level: 'unclear', gap: 6 },
    { match: 'opgesloten in|op mijn? kamer|huis|kelder|zolder|badkamer|wc', category: 'violence_home' },
    { match: 'sluit|sluiten|sloot|sloten {me} ^op? ^in? mijn? kamer|op|in', category: 'violence_home' },

    // Sexual violence and exploitation (loverboys, sextortion).
    { match: 'verkracht*|aangerand|aanranding|misbruikt|misbruik', category: 'sexual_violence', topic: true },
    { match: 'ben|werd|word|is|heeft|hebben verkracht|aangerand|misbruikt', category: 'sexual_violence' },
    { match: 'zit|zat|zitten ^aan {me}', category: 'sexual_violence' },
    { match: 'aan {me} ^zitten|^zit|^zat', category: 'sexual_violence' },
    { match: 'raakt|raakte|aanraken {me} aan?', category: 'sexual_violence' },
    { match: 'gedwongen|dwingt|dwong|dwingen seks|sex|neuken|pijpen|bed', category: 'sexual_violence', gap: 4 },
    { match: 'seks|sex|bed|mannen|klanten voor geld', category: 'sexual_violence', gap: 4 },
    { match: 'geld|betalen|betaalt|euro voor|tegen seks|sex|pijpen|neuken|naaktfoto*|nudes', category: 'sexual_violence', gap: 4, topic: true },
    { match: 'vastgehouden|vastgepakt|vastgebonden gedwongen|dwong', category: 'sexual_violence' },
    { match: 'werken|slapen met|voor mannen', category: 'sexual_violence' },
    // Pimping: working "for him" with clients, being made to go with men.
    { match: 'werken|werk voor ^hem|^hun|^haar klanten|mannen', category: 'sexual_violence', gap: 4 },
    { match: 'moet|moest|dwingt|laat met ^andere? mannen|klanten|jongens slapen|gaan|naar|seks', category: 'sexual_violence' },
    { match: 'naaktfoto*|nudes|naakt|naaktjes geld|online|verspreid*|delen|gedeeld|doorsturen|doorgestuurd|door|rondsturen|rondgestuurd|posten|gepost|stuurde|stuurt|iedereen', category: 'sexual_violence', gap: 10 },
    // Sextortion without the word "naakt": "dreigen het te posten als ik niet betaal".
    { match: 'dreig*|dreigen ^het? ^te? posten|delen|verspreiden|doorsturen|online|rondsturen', category: 'sexual_violence' },
    { match: 'chanteert|chantage|gechanteerd', category: 'sexual_violence' },
    { match: 'sextortion', category: 'sexual_violence', topic: true },
    { match: 'seks|sex tegen wil', category: 'sexual_violence' },
    // The word alone is mostly a lesson or a leaflet: asked about. Near "mijn" or "me" it alarms (concept-combinations.ts).
    { match: 'loverboy*', category: 'sexual_violence', level: 'unclear', topic: true },
    { match: 'klanten ^gaan? ^te? doen|afwerken', category: 'sexual_violence' },
    { match: 'moet|moest|moesten|dwingt|dwong met hem|haar|hun|mannen|jongens|vrienden ^naar bed', category: 'sexual_violence', gap: 2 },
    { match: 'klanten voor ^hem|^haar|^hun', category: 'sexual_violence', gap: 1 },
    { match: 'zei|riep|zeg nee ^maar? ^hij|^ze? ging|bleef ^gewoon? door', category: 'sexual_violence' },
    // Being sold: clients in a flat, taken to addresses at night, a "manager".
    { match: 'klanten|mannen ontvangen|ontvang|ontvangt|ontving|afwerken|bedienen appartement|hotelkamer|airbnb|flat|woning', category: 'sexual_violence', gap: 6, unless: 'receptie|balie|winkel|kapsalon|salon|praktijk|hotel' },
    { match: 'elke|iedere nacht klanten|mannen', category: 'sexual_violence' },
    { match: 'pooier|pimp', category: 'sexual_violence', topic: true },
    { match: 'naar andere|verschillende|vreemde adressen|hotels|mannen|huizen gebracht|gereden|gestuurd|brengen|brengt|rijden', category: 'sexual_violence' },
    { match: 'werkt voor ^haar|^zijn? ^nieuwe? vriend|vriendje|loverboy', category: 'sexual_violence', level: 'unclear' },
    // Touched against her will, or made to let it happen for a contract or a place in the team.
    { match: 'laten|laat|liet aanraken|betasten|aanzitten|vingeren', category: 'sexual_violence' },
    { match: '{me} aangeraakt|betast|aangezeten', category: 'sexual_violence', gap: 6, unless: 'schouder|hand|arm|bal|perongeluk|ongeluk' },
    { match: 'aangeraakt|aanraakt|aanraakte|aanraken waar|terwijl|hoewel ik niet wil|wilde', category: 'sexual_violence', gap: 4 },
    { match: 'broek|rok|onderbroek|ondergoed naar? beneden|omlaag trok|trekt|getrokken|trekken|trokken|deed|gedaan', category: 'sexual_violence', gap: 2 },
    { match: 'trok|trekt|trekken|getrokken mijn|haar broek|rok|onderbroek|ondergoed naar? beneden|omlaag', category: 'sexual_violence', gap: 2 },
    // Grooming: strange messages, come alone, our secret.
    { match: 'stuurt|stuurde|sturen {me} rare|vieze|seksuele|ongepaste|enge|geile berichten|appjes|fotos|dingen|snaps', category: 'sexual_violence', level: 'unclear', gap: 3, unless: 'huiswerk|rooster|opdracht|les|cijfer|cijfers' },
    { match: 'alleen bij hem|haar ^thuis? kom|komen|slapen|blijven', category: 'sexual_violence', level: 'unclear' },
    { match: 'alleen moet|moest|mag komen|langskomen anders', category: 'sexual_violence', level: 'unclear', gap: 4 },
    { match: 'ons|onze geheimpje|geheim', category: 'sexual_violence', level: 'unclear' },
    // Reporting it: "aangifte doen van zaterdag".
    {
      match: 'aangifte ^te? ^doen|^gedaan|^doe? van ^afgelopen? maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren|vannacht|gisteravond|feest|feestje',
      category: 'sexual_violence',
      level: 'unclear',
      unless: 'fiets|gestolen|diefstal|inbraak|ingebroken|telefoon|portemonnee|scooter|auto|oplichting',
    },

    // Threat.
    { match: '{me} vermoord*|doodmak*|neersteken|neersteekt|doodsteken|neerschieten|doodschieten|afmaken|kapotmaken|ombrengen', category: 'threat' },
    { match: '{me} kapot|dood maken', category: 'threat' },
    { match: 'maken|maakt|maak {me} dood', category: 'threat' },
    { match: 'gaan|gaat|komen|komt {me} pakken', category: 'threat' },
    { match: '{me} ^wil|^willen|^wilt|^gaan|^komen pakken|vermoorden|neersteken|neerschieten|afmaken|steken|halen', category: 'threat' },
    { match: '{me} kapot|dood maakt|maken|maak', category: 'threat' },
    // Reported threats: "hij zei ik maak je dood".
    { match: 'zei|zegt|zeggen|zeiden|appte|appt|stuurde maak|vermoord|steek|schiet je|jou', category: 'threat' },
    { match: 'staan|staat|stond|stonden|komen|komt met ^een? mes|pistool|wapen|vuurwapen', category: 'threat', unless: 'koken|keuken|groente|brood|kok' },
    // A weapon near "me": "hij komt me halen met een mes".
    { match: '{me} halen|pakken|steken|komt|komen mes|pistool|wapen|vuurwapen|gun|ijzer|mesje', category: 'threat', gap: 5, unless: 'koken|keuken|groente|snijden|brood|kok' },
    { match: 'bedreigd|bedreigt|bedreigen|bedreiging|bedreigingen', category: 'threat', unless: conceptsNl.creditor },
    { match: 'dreigt|dreigen|dreigde {me}', category: 'threat', unless: 'zakken|schorsen|geschorst|straf|cijfer|punten|telefoon|ontslaan|ontslag|boete|huiswerk|rapport|melden|verklikken|afpakken|stage' },
    { match: 'wil|willen|gaan|gaat|komen|komt me|mij iets|wat ^aandoen', category: 'threat' },
    { match: 'mes|pistool|wapen|vuurwapen|gun op|tegen {me}', category: 'threat', gap: 2, unless: 'koken|keuken|groente|brood|kok' },
    { match: 'trok|trekt|getrokken ^een? mes|pistool|wapen|vuurwapen', category: 'threat', unless: 'koken|keuken|groente|brood|kok' },
    { match: 'deur|achter|bedreigt|bedreigd mes|pistool|wapen|vuurwapen', category: 'threat', gap: 5 },
    { match: 'gestalkt|stalkt|stalker|stalken', category: 'threat', topic: true },
    { match: 'word|wordt|werd|worden ^al ^weken|^dagen? gevolgd|achtervolgd', category: 'threat' },
    { match: 'volgt|achtervolgt|volgde|achtervolgde {me}', category: 'threat', unless: 'insta|instagram|tiktok|snap|snapchat|twitter|youtube|account|les|cursus' },
    { match: 'uithuwelijk*|eerwraak', category: 'threat' },
    { match: 'gedwongen|moet trouwen|huwelijk', category: 'threat' },
    // Debts collected at the door: "mn knieen kwijt", "als ik vrijdag niet betaal", "we weten waar ze woont".
    { match: 'knieen|knie|kniejes|knieeen kwijt|kapotschieten|schieten|lek|eraf', category: 'threat', unless: 'voetbal|voetballen|sport|training|gevallen|val|blessure|dokter|fysio|operatie|huisarts' },
    { match: 'als|anders ik ^morgen|^vrijdag|^vandaag|^nu? niet betaal|terugbetaal|betalen', category: 'threat', level: 'unclear', unless: 'boete|gemeente|rekening|incasso|belasting|abonnement|huur|factuur|cjib|duo|aanmaning' },
    { match: 'voor ^het|^de|^mijn? geld|doekoe|poen|schuld ^aan? ^de? deur|langs|staan', category: 'threat', level: 'unclear' },
    {
      match: 'weten|weet|kennen waar|welke ^ik|^je|^jij|^ze|^zij|^hij|^jullie|^mijn|^jouw|^school|^{fam}? woon|woont|wonen|slaap|slaapt|zit|zitten|werkt|school',
      category: 'threat',
      level: 'unclear',
      gap: 4,
    },
    // A group that nobody leaves.
    { match: 'niemand stapt|komt|kan eruit', category: 'threat', level: 'unclear' },
    { match: 'uit ^de|^die|^een|^deze? groep|bende|gang stappen|stap|stapt', category: 'threat', level: 'unclear', unless: 'app|groepsapp|studie|klas|chat|whatsapp|project' },
    // Revenge on others: "mensen die gaan boeten", "bang dat ik mijn moeder iets aandoe".
    { match: 'gaan|gaat|zullen|zal|moeten|laten boeten', category: 'threat' },
    { match: 'wraak ^nemen|^neem', category: 'threat', level: 'unclear' },
    { match: 'bang|angst ^ben? dat ik aandoe|aandoen|vermoord|neersteek|steek|pijndoe', category: 'threat', gap: 6 },
    { match: '{fam}|iemand|hem|haar iets|wat ^ga? aandoe|aandoen', category: 'threat', level: 'unclear' },

    // Running away, sleeping rough.
    { match: 'huis|thuis weggelopen|weggegaan|gevlucht|weggerend', category: 'homeless_runaway' },
    { match: 'weggelopen|gevlucht|weggerend van|uit huis|thuis', category: 'homeless_runaway' },
    { match: 'slaap|slapen|sliep|slaapt op|in straat|park|station|bankje|portiek', category: 'homeless_runaway' },
    { match: 'slaap|slapen|sliep buiten', category: 'homeless_runaway', unless: 'tent|kamp|camping|kamperen|festival|logeren' },
    { match: 'geen slaapplek|slaapplaats|dak|onderdak|woonplek', category: 'homeless_runaway' },
    { match: 'geen plek|plaats|bed slapen|^slaapplek', category: 'homeless_runaway' },
    { match: 'niet waar moet? slapen', category: 'homeless_runaway' },
    { match: 'kan|kon nergens heen|slapen|naartoe', category: 'homeless_runaway', unless: 'vragen|vraag|klacht|klachten|probleem' },
    { match: '{fam}|thuis|huis eruit|buiten gegooid|gezet|geschopt', category: 'homeless_runaway', gap: 4 },
    { match: 'uit huis gezet|gegooid|geschopt', category: 'homeless_runaway' },
    // Homeless yourself, whatever else the message names; the bare word beside a study or a lesson is its topic
    // ("voor mn profielwerkstuk: hoeveel jongeren zijn dakloos?").
    { match: 'ik|we|wij dakloos', category: 'homeless_runaway', gap: 4, unless: 'vrijwilliger|vrijwilligerswerk' },
    { match: 'dakloos', category: 'homeless_runaway', topic: true, unless: 'hulpverlener|vrijwilliger|vrijwilligerswerk' },
    // Sleeping places nobody chooses: "ik slaap in de auto", "al een week bij vrienden".
    { match: 'slaap|slapen|sliep in|op ^de? auto|trappenhuis|fietsenstalling|garage|schuur|nachtbus|bosjes|parkeergarage|speeltuin', category: 'homeless_runaway', unless: 'festival|festivals|camping|kamperen|vakantie|roadtrip' },
    { match: 'slaap|sliep|slapen al week|weken|maanden|nachten bij|op|buiten|in', category: 'homeless_runaway', gap: 4, unless: 'gezellig|logeren|logeer|vakantie|leuk|samenwonen' },
    { match: 'mag niet ^meer? naar|in ^huis|^thuis|^binnen', category: 'homeless_runaway' },
    { match: 'kan niet meer naar|in ^huis|^thuis', category: 'homeless_runaway' },
    { match: 'geen huis|thuis|woning ^meer $', category: 'homeless_runaway' },
    { match: '{fam} deur op ^slot', category: 'homeless_runaway', gap: 4 },
    { match: 'zwerf|zwerft|zwerven|rondzwerven|zwerver', category: 'homeless_runaway' },
    { match: 'nergens ^heen|^naartoe ^kan|^kon|^meer', category: 'homeless_runaway' },
    { match: 'zet|zetten|zette|gooien|gooit|gooide|schoppen {me}|ons op ^de? ^straat', category: 'homeless_runaway' },
    { match: 'op straat gezet|gegooid|geschopt|beland', category: 'homeless_runaway' },
    { match: 'leef|woon|leven|wonen ^nu? op ^straat', category: 'homeless_runaway' },
    { match: 'zit|sta|zitten|staan ^nu? op ^straat', category: 'homeless_runaway', unless: 'wachten|wacht|bus|tram|spelen|chillen|chill|fiets|fietsen|praten' },
    // Nowhere to live: "woon nergens", "elke nacht ergens anders", "waar moet ik vannacht heen".
    { match: 'woon|woont|wonen|woonde nergens $', category: 'homeless_runaway' },
    { match: 'geen ^vast? ^woon? adres|woonadres|woonplek', category: 'homeless_runaway' },
    { match: 'elke|iedere nacht ergens|bij anders|iemand|ander', category: 'homeless_runaway' },
    { match: 'waar moet|kan ^ik? vannacht heen|naartoe|slapen|blijven|pitten|overnachten', category: 'homeless_runaway' },
    { match: 'waar moet|kan ^ik? vanavond slapen|blijven|pitten|overnachten', category: 'homeless_runaway' },
    { match: 'waar moet ^ik? vanavond heen|naartoe', category: 'homeless_runaway', level: 'unclear' },
    { match: 'vannacht ^heb? ^ik? ^nog? niks|niets|geen ^plek|^slaapplek|^bed', category: 'homeless_runaway', level: 'unclear' },
    { match: '{fam} slot|sloten vervangen|veranderd|verwisseld|omgedaan', category: 'homeless_runaway', gap: 4 },
    { match: 'mag|kan ik bij jullie|jou|iemand slapen|pitten|overnachten|maffen', category: 'homeless_runaway', level: 'unclear' },
    // Not able to go back: "ik kan echt niet terug naar huis", "omdat ik niet naar huis kan".
    { match: 'kan|mag|durf|kon|mocht ^echt? niet ^meer? terug naar huis|thuis', category: 'homeless_runaway', unless: TRAVEL },
    { match: 'niet ^meer? ^terug? naar huis|thuis kan|mag|durf|kon|mocht', category: 'homeless_runaway', unless: TRAVEL },
    { match: 'mag|durf niet ^meer? naar huis|thuis', category: 'homeless_runaway', unless: TRAVEL },
    { match: 'kan niet naar huis|thuis', category: 'homeless_runaway', level: 'unclear', unless: TRAVEL },
    { match: 'nooit ^meer? ^terug? naar huis|thuis', category: 'homeless_runaway' },
    { match: 'ga|gaan niet meer ^terug? naar huis|thuis', category: 'homeless_runaway', level: 'unclear', unless: 'kerst|vakantie|weekend|feestdagen|duur|ramadan|zomer' },
    { match: 'loop|lopen ^nu? ^maar? ^wat|^een? ^beetje? rond $', category: 'homeless_runaway', level: 'unclear' },
    { match: 'zit|zitten|sta|staan|lig|liggen|slaap|slapen ^nu? in|op|onder ^een|^de|^het? portiek|trappenhuis|fietsenstalling|parkeergarage|fietsenkelder|viaduct', category: 'homeless_runaway', unless: 'wachten|wacht|bus|tram|chillen|chill' },
    { match: 'weggegaan|weggelopen|vertrokken na|door ^de|^een? ruzie', category: 'homeless_runaway', level: 'unclear' },
    { match: 'ben|is|zijn weggelopen $', category: 'homeless_runaway', unless: 'les|school|feest|hond|kat|gevangenis|werk|stage|bijbaan|baan|training|afspraak|gesprek|date' },

    // Unclear: worrying, but it may be about school or a bad day. The bot asks.
    { match: 'wil niet meer $', category: 'suicide', level: 'unclear' },
    { match: 'kan niet meer $', category: 'suicide', level: 'unclear' },
    { match: 'klaar mee|met alles|leven', category: 'suicide', level: 'unclear' },
    { match: 'alles zinloos', category: 'suicide', level: 'unclear' },
    { match: 'heeft ^geen ^zin ^meer $', category: 'suicide', level: 'unclear' },
    { match: 'kan niet meer aan', category: 'suicide', level: 'unclear' },
    { match: 'wil verdwijnen', category: 'suicide', level: 'unclear', unless: conceptsNl.getaway },
    { match: 'alles|allemaal zat', category: 'suicide', level: 'unclear' },
    { match: 'zat alles|allemaal $', category: 'suicide', level: 'unclear' },
    { match: 'hou|houd niet meer vol', category: 'suicide', level: 'unclear' },
    { match: 'hoeft niet meer $', category: 'suicide', level: 'unclear' },
    { match: 'geen uitweg', category: 'suicide', level: 'unclear' },
    { match: 'niemand geeft om {me}', category: 'suicide', level: 'unclear' },
    { match: 'trek niet meer $', category: 'suicide', level: 'unclear' },
    { match: 'nergens meer zin', category: 'suicide', level: 'unclear' },
    { match: 'weet niet meer $', category: 'suicide', level: 'unclear' },
    { match: 'moe van alles|leven', category: 'suicide', level: 'unclear' },
    { match: 'alles|het is? te ^veel $', category: 'suicide', level: 'unclear' },
    { match: 'alles|het mag|moet stoppen|ophouden $', category: 'suicide', level: 'unclear' },
    { match: 'gaat ^echt? ^heel? ^zo? slecht|kut ^met {me}', category: 'suicide', level: 'unclear' },
    { match: 'voel {me} ^zo? ^echt? leeg|hopeloos|waardeloos|niks', category: 'suicide', level: 'unclear' },
    { match: 'beter ^is? als ik weg|niet ^meer? ben|was', category: 'suicide', level: 'unclear' },
    { match: 'niemand {me} mist|missen', category: 'suicide', level: 'unclear' },
    { match: 'alles ^is kut', category: 'suicide', level: 'unclear' },
    { match: 'donker ^in mijn? hoofd', category: 'suicide', level: 'unclear' },
    { match: 'weet niet waar ^ik heen|naartoe|slapen', category: 'homeless_runaway', level: 'unclear' },
    // Nights counted outside: "ik zit al 3 nachten op het busstation".
    { match: '# nachten|nachtjes op|in|onder ^het|^de? station|busstation|straat|park|bankje|trappenhuis|auto|bos|portiek|brug|schiphol', category: 'homeless_runaway', unless: 'festival|tent|camping|vakantie|hotel|hostel|kamp|werk*|gewerkt|dienst*' },
    { match: 'niemand weet waar ik ben|zit', category: 'homeless_runaway', level: 'unclear' },
    { match: 'paspoort|id afgepakt|gepakt|afgenomen|ingenomen|verstopt', category: 'threat', level: 'unclear' },
    { match: 'thuis|huis ^is ^het? ^gewoon? ^echt? niet|nooit chill|fijn|leuk|gezellig|oke|goed', category: 'violence_home', level: 'unclear' },
    // Saying goodbye: "dit is mijn laatste bericht", "sorry voor alles", letters for everyone.
    { match: 'laatste bericht|berichtje|appje', category: 'suicide', level: 'unclear' },
    { match: 'sorry voor alles', category: 'suicide', level: 'unclear' },
    // "Zeg tegen mama dat ik van haar hou": a message left for someone, as in English.
    { match: 'zeg|zeggen|vertel|vertellen tegen? {fam}|mama|papa|mam|pap|iedereen dat ik van haar|hem|ze|jullie|hun hou|houd', category: 'suicide', level: 'unclear' },
    { match: 'briefjes|brieven|afscheidsbriefje geschreven|achtergelaten ^voor? iedereen|{fam}|mijn|ons|familie', category: 'suicide', level: 'unclear' },
    { match: 'zie {self} ^gewoon? niet|nooit ^meer? ^#? worden|halen|oud', category: 'suicide', level: 'unclear' },
    { match: 'welk|welke spoor|trein|brug|flat|dak ^het? rustigst|hoogst|hoogste', category: 'suicide', level: 'unclear' },
    { match: 'hoe makkelijk ^het ^zou ^zijn', category: 'suicide', level: 'unclear' },
    { match: 'heeft|heb ^het? allemaal|alles|dit ^nog ^wel? zin|nut', category: 'suicide', level: 'unclear' },
    { match: 'hoe lang ^ik ^dit|^het ^nog volhoud|aankan|trek|uithoud|volhouden', category: 'suicide', level: 'unclear' },
    { match: 'iets doms|stoms|raars ^ga|^gaan ^te? doen', category: 'suicide', level: 'unclear' },
    { match: 'nooit geboren', category: 'suicide', level: 'unclear' },
    { match: 'weet niet hoe lang ^ik ^dit|^het ^nog volhoud|aankan|trek|uithoud|volhouden', category: 'suicide', level: 'unclear' },
    { match: 'heb|had alles geregeld $|^eigenlijk|^voor', category: 'suicide', level: 'unclear' },
    { match: 'voel {me} ongemakkelijk bij', category: 'sexual_violence', level: 'unclear' },
    { match: 'geeft {me} een ongemakkelijk ^gevoel', category: 'sexual_violence', level: 'unclear' },
    { match: 'er niet ^meer wil|wilt|willen zijn|bestaan', category: 'suicide' },
    { match: 'last voor iedereen|iedereen', category: 'suicide', level: 'unclear' },
    { match: 'tot last', category: 'suicide', level: 'unclear' },
    // A farewell's words, each a worry (two make a goodbye): no burden anymore, the last time you hear from me, don't look for me, they will understand tomorrow, sorry for all the trouble.
    { match: 'geen last meer', category: 'suicide', level: 'unclear' },
    { match: 'laatste keer dat je|jullie van me|mij hoort|horen', category: 'suicide', level: 'unclear' },
    { match: 'zoek|zoeken niet naar me|mij', category: 'suicide', level: 'unclear', unless: 'ingang|deur|voorkant|achterkant|binnen|kantine|balie|hal|rij' },
    { match: 'niet naar me|mij zoeken', category: 'suicide', level: 'unclear', unless: 'ingang|deur|voorkant|achterkant|binnen|kantine|balie|hal|rij' },
    { match: 'morgen snappen|begrijpen ze|jullie het', category: 'suicide', level: 'unclear' },
    { match: 'sorry voor moeite', category: 'suicide', level: 'unclear' },
    { match: 'kan zo niet ^meer? doorgaan|verder', category: 'suicide', level: 'unclear' },
    { match: 'gaat niet ^goed met {me} $', category: 'suicide', level: 'unclear' },
    // After a party: not knowing what happened, never having said yes.
    { match: 'weet niet ^eens|^meer wat er gebeurd', category: 'sexual_violence', level: 'unclear' },
    { match: 'iets gebeurd op|na|bij ^dat|^het|^een? feest|feestje', category: 'sexual_violence', level: 'unclear' },
    { match: 'nooit|niet|geen ja gezegd', category: 'sexual_violence', level: 'unclear' },
    { match: 'iets terug|terugdoen ^doe|^doen|^moet ^voor? ^zijn|^hun? vrienden', category: 'sexual_violence', level: 'unclear' },
    // A plan without saying what: "vanavond ga ik het doen", "ik heb alles klaargelegd".
    { match: 'vanavond|vannacht ga ^ik ^het doen', category: 'suicide', level: 'unclear' },
    { match: 'alles klaargelegd|klaarliggen', category: 'suicide', level: 'unclear' },
];
