/** Games and sports young people name in any language: "hij slaat me met fifa", "kill me in fortnite". */
export const PLAY_WORDS =
  'fif*|fortnite|minecraft|roblox|gta|valorant|warzone|cod|pubg|apex|brawl*|clash|mario*|smash|tekken|ps4|ps5|playstation|xbox|switch|tennis|padel|voetbal|football|soccer|basketbal*|basketball|pingpong|tafeltennis|schaken|schaak|chess|monopoly|uno|potje|potjes|game|games|gamen|gaming|match|spelletje*|фіф*|фифа|فيفا|oyun*|gra|grze|grać' +
  // A rehearsal with a fake weapon: "een acteur bedreigde ons met een nepmes", "grozi nożem (plastikowym)".
  '|nepmes|nepwapen|acteur|acteurs|actor|rollenspel|roleplay|plastikowym|plastikowy|муляж|муляжем';
