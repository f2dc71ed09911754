/**
 * Sentences in the register of the county memos, to make prose fields the
 * size and shape of real ones. Placeholders are added by the spec writer.
 */
export const proseSentences = [
  'Fokus för arbetet inom fokusområdet är att samordna genomförandet av den nationella strategin med utgångspunkt i delregionala och regionala behovsanalyser.',
  'Övergripande medel för att stärka ett länsgemensamt arbete tillsammans med brukarföreningar ingår också i fokusområdet.',
  'Regionen och kommunerna har under året påbörjat delregionala och regionala behovsanalyser till grund för det utvecklingsarbete som ska genomföras.',
  'Förslaget till fördelning bygger bland annat på att skapa förutsättningar för ett mer lokalt anpassat genomförande.',
  'Medel i år och kommande år behöver användas för att bygga nya strukturer för samverkan med fokus på fler och andra målgrupper än tidigare.',
  'Både i årets överenskommelse och i samtalet kring kommande statsbidrag aviseras förväntningar på mätbara resultat och effekter på vårdplatser.',
  'I linje med samsjuklighetsutredningen behöver integrerade verksamheter som möter målgruppen stärkas utifrån delregionala förutsättningar.',
  'Särskild vikt läggs fortsatt på nära samverkan med civilsamhälles- och brukarorganisationer.',
  'Under året tas steg för att bygga broar mot blåljusverksamhet och det utvecklingsarbete som pågår inom den prehospitala verksamheten.',
  'Arbetet följs upp gemensamt två gånger per år och redovisas i den länsgemensamma handlingsplanen.',
  'Kommunalförbunden ansvarar för att medlen når medlemskommunerna och att arbetet samordnas delregionalt.',
  'Vårdsamverkansområdena använder medlen till gemensamma insatser för personer med samsjuklighet.',
  'Medel som inte förbrukas under året återrapporteras enligt överenskommelsens villkor.',
  'Fördelningen utgår från befolkningen i respektive område enligt senast tillgängliga uppgifter från SCB.',
  'Civilsamhällets organisationer kan söka medel genom ett öppet ansökningsförfarande som regionen samordnar.',
  'Insatserna ska bidra till en förbättrad psykisk hälsa i hela befolkningen och till färre liv förlorade i suicid.',
  'Kunskapsstödet för suicidprevention sprids genom utbildningsinsatser för personal i kommuner och region.',
  'En gemensam nulägesanalys tas fram för att formalisera samverkansuppdragen mellan huvudmännen.',
]
