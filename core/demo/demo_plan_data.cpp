// Content of the demo plan, in Dutch: "Integraal Veiligheidsplan Dijlestede 2026–2031".
// Dijlestede, its wijken, organisations and people are fictional. Written for Hearing Desk; the
// process (phases, thematic hearings with two reporters, the safety chain) follows how Flemish
// cities build these plans.
//
// [SECTION] Plan and phases
// [SECTION] Themes and guiding questions
// [SECTION] Participants
// [SECTION] Hearing 1: Illegale drugs (closed)
// [SECTION] Hearing 2: Buurtgerichte veiligheid (closed)
// [SECTION] Hearing 3: Ruimtelijke ordening en wonen (closed)
// [SECTION] Hearing 4: Veilig ondernemen (running, paused during question 2)
// [SECTION] Hearings
// [SECTION] Corrections and slips
#include "core/demo/demo_plan_data.h"

namespace hd::demo {
namespace {
using enum NoteKind;
using enum SafetyChain;
constexpr const char* Same = kSameAsA;

// [SECTION] Plan and phases
constexpr PlanRow kPlan = {"Integraal Veiligheidsplan Dijlestede 2026–2031", "Dijlestede", 2026, 2031};

constexpr PhaseRow kPhases[] = {
    {"inputs", "Input en veiligheidsdiagnose", "2025-09-01", "2025-10-09", PhaseStatus::Done},
    {"hearings", "Themahoorzittingen", "2025-10-13", "2025-11-03", PhaseStatus::Active},
    {"first_draft", "Eerste ontwerp van het plan", "2025-12-02", "2026-01-15", PhaseStatus::Planned},
    {"forum", "Forum met commentaar per domein", "2026-01-28", "2026-01-28", PhaseStatus::Planned},
    {"final_editing", "Eindredactie met de kerngroep", "2026-02-01", "2026-02-20", PhaseStatus::Planned},
    {"decision", "Politieke besluitvorming (college en gemeenteraad)", "2026-02-23", "2026-03-24",
     PhaseStatus::Planned},
    {"publication", "Publicatie en ruime voorlichting", "2026-04-01", "2026-04-30", PhaseStatus::Planned},
};

// [SECTION] Themes and guiding questions
constexpr ThemeRow kThemes[] = {
    {"Illegale drugs",
     "Rond het station en in het Kloosterpark wordt openlijk gedeald. Omwonenden vinden spuiten en voelen "
     "zich niet gehoord, terwijl hulpverleners zien dat gebruikers pas laat en in slechte toestand de weg "
     "naar hulp vinden. Handhaving, preventie en hulpverlening werken elk apart, zonder gedeelde aanpak.",
     "Dijlestede telt ongeveer 68 000 inwoners en is met zijn treinstation en uitgaansbuurt een regionaal "
     "knooppunt. Het zonaal veiligheidsplan zet drughandel bovenaan; het parket vervolgt dealers snel, "
     "maar kleine hoeveelheden eindigen vaak met een sepot. Preventie op school loopt via losse projecten. "
     "Het medisch-sociaal opvangcentrum (MSOC) is sinds 2024 open, met beperkte openingsuren.",
     {{"Welke drugsproblemen ziet u vandaag in uw werk, en waar en bij wie doen ze zich voor?", 20},
      {"Wat zijn volgens u de belangrijkste oorzaken, en wat houdt de problemen in stand?", 20},
      {"Welke acties stelt u voor, van preventie over hulpverlening tot handhaving?", 30},
      {"Wie moet wat opnemen, en hoe stemmen we onze inspanningen op elkaar af?", 15}}},
    {"Buurtgerichte veiligheid",
     "Bewoners van enkele wijken voelen zich minder veilig dan de cijfers doen vermoeden. Kleine ergernissen "
     "(sluikstort, lawaai, hangjongeren, verkeersagressie) stapelen zich op en melden lijkt weinig uit te "
     "halen. Diensten werken in dezelfde straten zonder van elkaar te weten wat ze doen.",
     "De politiezone heeft zes wijkinspecteurs voor elf wijken. Er is een ploeg gemeenschapswachten en er "
     "loopt buurtopbouwwerk in Kerkakker en Sint-Jozef. Het wijkwerkersoverleg ligt sinds 2020 stil. "
     "Een buurtinformatienetwerk bestaat enkel in de deelgemeente Heverdonk.",
     {{"Wat maakt dat bewoners zich in hun buurt veilig of onveilig voelen?", 20},
      {"Welke problemen blijven liggen tussen de diensten, en waarom?", 20},
      {"Hoe lossen we problemen op daar waar ze zich voordoen, samen met de bewoners?", 30},
      {"Wat hebben wijkinspecteurs, gemeenschapswachten en opbouwwerkers van elkaar nodig?", 15}}},
    {"Ruimtelijke ordening en wonen",
     "Leegstand, verkrotting en verloedering in de stationswijk en langs de oude vaart trekken overlast aan. "
     "Nieuwe verkavelingen en pleinen worden ontworpen zonder aandacht voor sociale controle, en in enkele "
     "sociale woonwijken staat de leefbaarheid onder druk.",
     "De stad herziet haar ruimtelijk structuurplan; het herstructureringsproject Vaartkwartier (320 "
     "woningen) start in 2028. De dienst Wonen controleert woningkwaliteit enkel op klacht. Er is een "
     "leegstandsregister, maar weinig opvolging. Sociale huisvestingsmaatschappij Woonpunt Dijlestede "
     "beheert ongeveer 2 400 woningen.",
     {{"Welke plekken en woonsituaties zijn vandaag een bron van onveiligheid of overlast?", 20},
      {"Hoe houden we bij ruimtelijke plannen en stadsvernieuwing vooraf rekening met leefbaarheid en "
       "veiligheid?",
       25},
      {"Wat is nodig om leegstand, verkrotting en slechte woonzorg sneller te zien en aan te pakken?", 25},
      {"Welke afspraken tussen stad, huisvestingsmaatschappij en politie willen we vastleggen?", 15}}},
    {"Veilig ondernemen",
     "Handelaars in het centrum kampen met dagelijkse winkeldiefstal en agressie tegen personeel. Op het "
     "bedrijventerrein Dijlepoort volgen nachtelijke inbraken elkaar op. De horeca vraagt meer veiligheid "
     "in de uitgaanszone, terwijl bewoners klagen over nachtlawaai.",
     "Het buurtinformatienetwerk voor zelfstandigen (BIN-Z) viel in 2021 stil bij gebrek aan een trekker. "
     "De preventiedienst geeft gratis diefstalpreventieadvies, maar wordt weinig gevraagd. Voor noodsituaties "
     "bestaat geen gedeelde contactlijst van bedrijven. De uitgaanszone rond de Grote Markt telt 23 cafés.",
     {{"Met welke vormen van criminaliteit en overlast krijgen ondernemers vandaag te maken?", 20},
      {"Wat doen ondernemers zelf al, en waar lopen ze vast?", 20},
      {"Hoe kunnen stad, politie en ondernemers informatie sneller met elkaar delen?", 25},
      {"Welke afspraken zijn nodig voor feesten, fuiven en de uitgaanszone?", 20}}},
    {"Herstelgerichte aanpak van overlast",
     "Overlast wordt meestal afgehandeld met een GAS-boete of een proces-verbaal, zonder dat dader en "
     "slachtoffer elkaar ooit spreken. Jongeren die herhaaldelijk in de fout gaan, komen telkens opnieuw in "
     "hetzelfde circuit terecht.",
     "Dijlestede werkt met gemeentelijke administratieve sancties; bemiddeling wordt in minder dan één op "
     "tien dossiers aangeboden. Buurtbemiddeling draait op vrijwilligers en één halftijdse coördinator. "
     "Het parket past herstelbemiddeling en de leerstraf toe, maar doorverwijzing vanuit de stad loopt stroef.",
     {{"Welke vormen van overlast lenen zich voor een herstelgerichte aanpak, en welke niet?", 20},
      {"Hoe betrekken we slachtoffers en buurtbewoners bij bemiddeling en herstel?", 20},
      {"Wat is nodig om bemiddeling, werkstraffen en leerstraffen vaker en sneller toe te passen?", 25},
      {"Hoe doorbreken we de negatieve spiraal bij jongeren die herhaaldelijk overlast veroorzaken?", 20}}},
    {"Jongeren",
     "Groepjes jongeren hangen 's avonds rond op pleintjes en aan de sporthal; buren klagen over lawaai en "
     "intimidatie, terwijl de jongeren zeggen dat er voor hen nergens plaats is. Een kleine groep glijdt af "
     "naar diefstal en drugs, en wordt door de diensten pas gezien wanneer de politie tussenkomt.",
     "Bijna een op vier inwoners van Dijlestede is jonger dan 25. Er zijn twee jeugdhuizen en een mobiel "
     "jeugdwerkteam dat vier avonden per week op straat is. Spijbelen en vroegtijdig schoolverlaten liggen "
     "boven het Vlaamse gemiddelde in twee wijken.",
     {{"Welke situaties met jongeren in de publieke ruimte ervaart u als problematisch, en voor wie?", 20},
      {"Wat hebben jongeren nodig om zich in hun buurt thuis te voelen?", 20},
      {"Hoe bereiken we jongeren die dreigen af te glijden, voordat de politie tussenkomt?", 25},
      {"Welke afspraken tussen jeugdwerk, school, politie en buurt zijn nodig?", 15}}},
    // A supporting domain: projects that serve every other domain, without a hearing of its own
    // (as the seeds' "ondersteunende projecten").
    {"Ondersteunende projecten",
     "Een aantal projecten draagt het hele plan: een juist beeld van veiligheid in de stad, heldere lokale "
     "regels en administratieve sancties, basisinformatie voor wie in de veiligheidspraktijk werkt, en een "
     "gedeelde aanpak van intrafamiliaal geweld.",
     "Deze projecten krijgen geen eigen themahoorzitting; de kerngroep stelt ze op uit wat in de andere "
     "hoorzittingen terugkwam en uit de evaluatie van het vorige plan.",
     {}},
};

// [SECTION] Participants
// Mixed disciplines as in a real hearing round; some did not consent to be named, three are known
// only by organisation.
constexpr ParticipantRow kParticipants[] = {
    {"inge", "Inge Vandenbussche", "Politiezone Dijlestede, wijkwerking", "police", true},
    {"koen", "Koen Lambrechts", "Politiezone Dijlestede, lokale recherche", "police", true},
    {"interventie", "", "Politiezone Dijlestede, interventiedienst", "police", false},
    {"anais", "Anaïs Dewulf", "Parket, afdeling Dijlestede", "prosecutor", true},
    {"joelle", "Joëlle Peeters", "Straathoekwerk vzw De Brug", "street_work", true},
    {"mehdi", "Mehdi El Amrani", "Straathoekwerk vzw De Brug", "street_work", true},
    {"bram", "Bram Van Ĳzendoorn", "Jeugdhuis De Kelder", "youth_work", true},
    {"sien", "Sien Wouters", "Jeugddienst stad Dijlestede", "youth_work", true},
    {"marc", "Marc De Backer", "Woonpunt Dijlestede (sociale huisvesting)", "housing", true},
    {"zoe", "Zoë Claeys", "Dienst Wonen stad Dijlestede", "housing", true},
    {"rene", "René Goossens", "Handelaarsvereniging Centrum", "shopkeepers", true},
    {"ann", "Ann Verhoeven", "Ondernemersvereniging Dijlepoort", "shopkeepers", false},
    {"nabil", "Nabil Haddad", "Horecaoverleg Dijlestede", "shopkeepers", false},
    {"griet", "Griet Maes", "Sociaal Huis Dijlestede", "welfare", true},
    {"noel", "Noël Verstraete", "CAW Dijleland", "welfare", true},
    {"chloe", "Chloë Vermeiren", "Buurtbemiddeling Dijlestede", "welfare", true},
    {"leen", "Leen Jacobs", "Dienst Ruimtelijke Ordening", "city_services", true},
    {"tom", "Tom Segers", "Dienst Gemeenschapswachten", "city_services", true},
    {"lotte", "Lotte Coppens", "Preventiedienst stad Dijlestede", "prevention", true},
    {"raf", "Raphaël Dumont", "MSOC Dijleland", "health", true},
    {"evi", "Evi Mertens", "Centrum voor Leerlingenbegeleiding", "education", false},
    {"kerkakker", "", "Buurtcomité Kerkakker", "residents", false},
    {"sintjozef", "", "Bewonersplatform Sint-Jozef", "residents", false},
};

// [SECTION] Hearing 1: Illegale drugs (closed)
// A writes full sentences; B writes shorthand. Where one wrote a long note for two contributions,
// the other row has nullptr for that reporter.
constexpr ContributionRow kDrugsNotes[] = {
    // Question 1: problems seen today
    {0, "koen", Problem, Reactive,
     "Sinds er camera's hangen aan het station is het dealen verschoven naar de zijstraten en naar het Kloosterpark.",
     Same},
    {0, "joelle", Problem, None,
     "We zien steeds jongere gebruikers, 16 à 17 jaar, die in het weekend cocaïne gebruiken en er in de week niet over willen praten.",
     "Steeds jongere gebruikers (16-17 j.), coke in het weekend; in de week zwijgen ze erover"},
    {0, "kerkakker", Problem, None,
     "Bewoners van Kerkakker vinden spuiten in de zandbak van de speeltuin. Ouders laten hun kinderen er niet meer spelen.",
     Same},
    {0, "raf", Problem, Aftercare,
     "Gebruikers komen pas naar het MSOC als het echt niet meer gaat: schulden, geen woning, vaak al een ziekenhuisopname achter de rug.",
     "MSOC: mensen komen pas als alles misloopt (schulden, dakloos, ziekenhuis)"},
    {0, "inge", Problem, Reactive,
     "Als wijkinspecteur krijg ik vooral meldingen over dealen aan de voordeur en auto's die even stoppen. Dat is moeilijk te bewijzen.",
     Same},
    {0, "evi", Problem, Preventive,
     "Aan de poort van twee secundaire scholen wordt cannabis verkocht, vooral over de middag.", nullptr},
    {0, "tom", Problem, None,
     "De gemeenschapswachten zien 's avonds groepjes in de parkeergarage Dijlepoort, maar hebben daar geen bevoegdheid.",
     "GW: 's avonds groepjes in parking Dijlepoort, geen bevoegdheid om op te treden"},
    {0, "nabil", Problem, None,
     "In enkele cafés wordt op de toiletten gedeald. De uitbater zit tussen twee vuren: wie de politie belt, verliest klanten.",
     Same},
    {0, "", Question, None, nullptr, "Vraag uit de zaal: zijn er cijfers per wijk?"},
    {0, "koen", Other, None,
     "Er zijn cijfers per wijk, maar die tonen vooral waar de politie controleert, niet waar het meest gebruikt wordt.",
     Same},
    // Question 2: causes
    {1, "mehdi", Cause, ProActive,
     "Jongeren zonder diploma of werk worden gerekruteerd als loopjongen. Op één avond verdienen ze meer dan hun ouders in een week.",
     Same},
    {1, "joelle", Quote, None, nullptr, "Citaat: 'wat moet ik anders doen, niemand neemt me aan'"},
    {1, "griet", Cause, Aftercare,
     "Wie uit de gevangenis of uit een opname komt, hervalt vaak omdat er geen woning en geen begeleiding klaarstaat.",
     Same},
    {1, "raf", Cause, None,
     "De wachtlijsten in de ambulante hulp zijn drie tot vier maanden. Het moment waarop iemand hulp wil, gaat zo voorbij.",
     "Wachtlijst ambulante hulp 3-4 maanden -> motivatie is dan weg"},
    {1, "anais", Cause, Reactive,
     "Veel dossiers van kleine dealers eindigen met een sepot omdat de hoeveelheden te klein zijn. Dat geeft het signaal dat er niets gebeurt.",
     Same},
    {1, "bram", Cause, Preventive,
     "Het jeugdhuis is maar drie avonden per week open; de andere avonden hangen dezelfde jongeren in het park.", nullptr},
    {1, "kerkakker", Cause, None,
     "De verlichting in het Kloosterpark is al maanden stuk en niemand weet bij wie je dat moet melden.", Same},
    {1, "lotte", Cause, ProActive,
     "Preventie op school hangt af van de goede wil van één leerkracht; de scholen hebben geen gemeenschappelijke lijn.",
     "Preventie op school hangt af van 1 leerkracht, geen gemeensch. lijn tussen scholen"},
    {1, "koen", Cause, Reactive, nullptr, "Dealers zetten minderjarigen in, want die staan sneller terug buiten"},
    {1, "noel", Cause, Aftercare,
     "Het CAW ziet mensen die schulden bij hun dealer hebben en daardoor zelf beginnen te dealen. Een vicieuze cirkel.",
     Same},
    // Question 3: proposals. A folds two MSOC proposals into one note; B keeps them apart.
    {2, "raf", Proposal, Aftercare,
     "MSOC voorstel: een inloopmoment op zaterdag zonder afspraak, en een vaste doorverwijsafspraak met het straathoekwerk zodat er binnen de week een eerste gesprek is.",
     "Laagdrempelige inloop MSOC op zaterdag, zonder afspraak"},
    {2, "joelle", Proposal, Preventive, nullptr, "Vaste doorverwijzing SHW -> MSOC: 1e gesprek binnen de week"},
    {2, "koen", Proposal, Reactive,
     "Gerichte acties in de zijstraten van het station samen met de gemeenschapswachten, en een sluitingsbevel voor panden waar gedeald wordt.",
     "Gerichte acties zijstraten station + sluiting van panden waar gedeald wordt"},
    {2, "anais", Proposal, Reactive,
     "Het parket kan in plaats van een sepot een praetoriaanse probatie voorstellen met verplichte begeleiding. Dan moet de hulpverlening wel plaats hebben.",
     "Parket: praetoriaanse probatie met begeleiding i.p.v. sepot, maar hulpverlening moet plaats hebben"},
    {2, "evi", Proposal, Preventive,
     "Eén preventieprogramma voor alle secundaire scholen, met dezelfde boodschap en een vaste contactpersoon bij de stad.",
     "1 preventieprogramma voor alle sec. scholen, zelfde boodschap, vast aanspreekpunt; preventiedienst wil coördineren mits extra halftijdse kracht"},
    {2, "lotte", Proposal, Preventive,
     "De preventiedienst wil dat programma coördineren als er een halftijdse medewerker bij komt.", nullptr},
    {2, "bram", Proposal, Preventive,
     "Het jeugdhuis vaker openhouden en straathoekwerkers laten meedraaien op de avonden dat er het meest in het park gehangen wordt.",
     Same},
    {2, "kerkakker", Proposal, ProActive,
     "De speeltuin heraanleggen met een open zicht vanaf de straat, en een naaldcontainer aan de rand van het park.",
     "Speeltuin heraanleggen (open zicht vanaf straat) + naaldcontainer aan rand park"},
    {2, "nabil", Proposal, Preventive, nullptr,
     "Opleiding horecapersoneel: dealen herkennen en weten wat je dan doet zonder zelf risico te lopen"},
    {2, "inge", Question, None,
     "Kunnen we met het parket afspreken dat bewoners die iets melden systematisch een terugkoppeling krijgen?",
     "Vraag Inge: afspraak met parket over terugkoppeling aan melders?"},
    {2, "anais", Other, None,
     "Het parket staat open voor een terugkoppeling op hoofdlijnen, niet per dossier, omwille van het beroepsgeheim.",
     nullptr},
    {2, "mehdi", Proposal, Preventive,
     "Jongeren die in het dealen dreigen te rollen een job of stage via de stad aanbieden, met een coach die hen opvolgt.",
     Same},
    {2, "griet", Proposal, Aftercare,
     "Bij vrijlating of ontslag uit een opname een vaste contactpersoon bij het Sociaal Huis die woning en inkomen mee regelt.",
     "Nazorg: vaste contactpersoon Sociaal Huis bij vrijlating/ontslag (woning, inkomen)"},
    {2, "", Proposal, None, nullptr, "Drugsmonitor terug opstarten om over 2 jaar te zien of het werkt"},
    // Question 4: who does what
    {3, "lotte", Proposal, None,
     "Een drugsoverleg om de twee maanden met politie, parket, straathoekwerk, MSOC en preventie, voorgezeten door de stad.",
     Same},
    {3, "koen", Question, None,
     "Wie is de trekker? Als het opnieuw een overleg zonder eigenaar wordt, haakt de politie af.",
     "Wie trekt? Zonder eigenaar haakt pol. af"},
    {3, "joelle", Problem, None,
     "Straathoekwerk wil meedoen, maar niet als informant van de politie. Het vertrouwen van onze mensen is ons kapitaal.",
     "SHW doet mee, maar niet als informant van pol.: vertrouwen is ons kapitaal", "mehdi"},
    {3, "anais", Proposal, Reactive,
     "Duidelijke afspraken over wat er met gedeelde informatie gebeurt, vastgelegd in een charter dat iedereen ondertekent.",
     Same},
    {3, "griet", Proposal, Aftercare,
     "Een casusoverleg voor de twintig mensen die het meeste overlast veroorzaken en tegelijk het meeste hulp nodig hebben.",
     Same},
    {3, "raf", Quote, None, "\"Handhaving en hulp zijn geen tegenpolen: zonder het ene werkt het andere niet.\"", nullptr},
    {3, "", Other, None,
     "De moderator vat samen: drie sporen (preventie op school, snellere hulp, gerichte handhaving) met één overleg dat de stad trekt.",
     "Samenvatting moderator: 3 sporen (preventie school, snellere hulp, gerichte handhaving) + 1 overleg o.l.v. stad"},
    {3, "kerkakker", Question, None, "Hoe horen wij als bewoners wat er met deze hoorzitting gebeurt?",
     "Vraag: hoe horen bewoners wat er met deze hoorzitting gebeurt?"},
};

// [SECTION] Hearing 2: Buurtgerichte veiligheid (closed)
constexpr ContributionRow kNeighbourhoodNotes[] = {
    // Question 1: what makes people feel (un)safe
    {0, "sintjozef", Problem, None,
     "In Sint-Jozef voelen vooral oudere bewoners zich 's avonds onveilig, ook al gebeurt er weinig: de donkere steegjes en de groepjes aan de kerk.",
     Same},
    {0, "inge", Problem, Reactive,
     "De cijfers in Sint-Jozef zijn laag, maar de klachten over lawaai en sluikstort zijn op twee jaar verdubbeld.",
     "Sint-Jozef: weinig feiten, maar klachten lawaai + sluikstort x2 op 2 jaar"},
    {0, "kerkakker", Quote, None, "\"Als je drie keer belt en er komt niemand, bel je de vierde keer niet meer.\"", Same},
    {0, "tom", Problem, Preventive,
     "Gemeenschapswachten worden over alles aangesproken, van een losse stoeptegel tot een burenruzie, en kunnen veel niet zelf oplossen.",
     nullptr},
    {0, "mehdi", Other, None,
     "Hangjongeren zijn niet altijd een probleem; vaak is er gewoon nergens anders plaats voor hen.",
     "Hangjongeren ≠ altijd probleem, ze kunnen nergens anders terecht"},
    {0, "chloe", Problem, None,
     "Bij buurtbemiddeling komen veel conflicten binnen die al jaren aanslepen, over lawaai, parkeren en hagen. Tegen dan zijn de verhoudingen verzuurd.",
     Same},
    {0, "rene", Problem, None, nullptr,
     "Handelaars Molenstraat: fietsers en steps op de stoep, klanten voelen zich niet op hun gemak"},
    {0, "zoe", Cause, ProActive,
     "In straten met veel huurwoningen en korte huurcontracten kennen de buren elkaar niet meer; de sociale controle valt weg.",
     Same},
    {0, "", Question, None, nullptr, "Vraag: meten we het veiligheidsgevoel per wijk?"},
    {0, "lotte", Other, None,
     "De laatste veiligheidsmonitor dateert van 2021 en gaf alleen cijfers voor de hele stad.", Same},
    // Question 2: what falls between the services
    {1, "inge", Problem, None,
     "Een melding over een verwaarloosde tuin gaat van de wijkinspecteur naar de groendienst naar de dienst Wonen, en niemand sluit ze af.",
     "Melding verwaarloosde tuin: pol. -> groendienst -> Wonen, niemand sluit af"},
    {1, "leen", Cause, None,
     "Elke dienst heeft een eigen meldingssysteem; de stad heeft er vandaag vier die niet met elkaar praten.", Same},
    {1, "joelle", Problem, Preventive,
     "Wij horen van jongeren dingen die de wijkinspecteur zou moeten weten, maar er is geen veilige manier om dat door te geven.",
     Same},
    {1, "interventie", Cause, Reactive,
     "De interventieploeg komt ter plaatse voor een melding, maar achteraf weet niemand in de wijk wat er gebeurd is.",
     nullptr},
    {1, "griet", Cause, Aftercare,
     "Achter veel overlast zitten mensen met psychische problemen die tussen de mazen vallen. Het Sociaal Huis hoort het pas als de huisbaas met uithuiszetting dreigt.",
     "Achter overlast vaak psych. problemen; Sociaal Huis hoort het pas bij dreigende uithuiszetting"},
    {1, "marc", Problem, None,
     "Woonpunt krijgt klachten over overlast die eigenlijk voor de politie zijn, en omgekeerd.", Same},
    {1, "bram", Cause, Preventive,
     "Het wijkwerkersoverleg is sinds 2020 niet meer samengekomen. Vroeger kende ik de wijkinspecteur bij naam.",
     "Wijkwerkersoverleg ligt stil sinds 2020; vroeger kende je de wijkinsp. bij naam"},
    {1, "tom", Problem, None, nullptr, "GW werken tot 20u, de meeste overlast begint pas daarna"},
    {1, "sintjozef", Quote, None, "\"We weten niet wie we moeten bellen: de stad, de politie of de huisbaas.\"", Same},
    // Question 3: solving problems where they occur. B folds Chloë's two proposals into one note.
    {2, "lotte", Proposal, ProActive,
     "Het wijkwerkersoverleg per wijk opnieuw opstarten, om de zes weken, met een vaste agenda van lopende meldingen.",
     Same},
    {2, "leen", Proposal, None,
     "Eén meldpunt voor de hele stad, met een dossiernummer waarmee de melder kan volgen wat er gebeurt.",
     "1 centraal meldpunt + dossiernummer dat de melder kan opvolgen"},
    {2, "inge", Proposal, Reactive,
     "De wijkinspecteur opnieuw meer op straat in plaats van achter de computer, met twee vaste zitdagen in het buurthuis.",
     Same},
    {2, "chloe", Proposal, Preventive,
     "Buurtbemiddeling vroeger inschakelen: bij de eerste klacht al een brief met het aanbod, niet pas na een proces-verbaal.",
     "Buurtbemiddeling vroeger: al bij 1e klacht aanbod per brief (niet pas na pv); vrijwilligers uit de buurt zelf opleiden"},
    {2, "chloe", Proposal, Preventive,
     "Vrijwilligers uit de buurt zelf opleiden als bemiddelaar; dat werkt beter dan iemand van buitenaf.", nullptr},
    {2, "kerkakker", Proposal, ProActive,
     "Een jaarlijkse buurtwandeling met bewoners, politie en stadsdiensten om de knelpunten samen te bekijken.", Same},
    {2, "mehdi", Proposal, Preventive,
     "Een ontmoetingsplek voor jongeren in Kerkakker, die ze mee inrichten, zodat ze niet aan de kerk moeten hangen.",
     "Jongerenplek in Kerkakker, door de jongeren mee ingericht"},
    {2, "zoe", Proposal, ProActive,
     "Nieuwe huurders verwelkomen met een bezoek en een buurtgids: wie is wie en waar meld je iets.", Same},
    {2, "tom", Proposal, None,
     "De werkuren van de gemeenschapswachten in de zomer naar de avond verschuiven.",
     "GW in de zomer 's avonds inzetten", "lotte"},
    {2, "", Question, None, "Hoe bereiken we bewoners die geen Nederlands spreken?", Same},
    {2, "griet", Proposal, Aftercare,
     "Vanuit het wijkoverleg snel kunnen doorverwijzen naar de geestelijke gezondheidszorg, met één vast aanspreekpunt.",
     nullptr},
    {2, "marc", Proposal, None,
     "Woonpunt wil per grote woonblok een huismeester die ook aan het wijkoverleg deelneemt.", Same},
    {2, "sintjozef", Proposal, ProActive, nullptr, "Betere verlichting in de steegjes rond de kerk van Sint-Jozef"},
    {2, "rene", Proposal, Preventive,
     "Handelaars willen in een buurtinformatienetwerk stappen als het via een gewone berichtenapp loopt en niet via nog een platform.",
     Same},
    // Question 4: what the field workers need from each other
    {3, "inge", Other, None,
     "Van de straathoekwerkers heb ik geen namen nodig, wel signalen: waar verschuift iets, waar broeit er iets.", Same},
    {3, "joelle", Other, None,
     "Dat kan, zolang wij zelf kiezen wat we doorgeven en de jongeren weten dat we het doen.",
     "SHW: ok, als wij kiezen wat we doorgeven en de jongeren het weten"},
    {3, "tom", Question, None,
     "Kunnen gemeenschapswachten de wijkinspecteur rechtstreeks bellen in plaats van via de dispatching?", Same},
    {3, "interventie", Other, Reactive, nullptr, "Kan technisch, maar er is een afspraak nodig over wanneer wel en wanneer niet"},
    {3, "lotte", Proposal, None,
     "Een gedeelde wijkkaart met lopende meldingen en acties, die alle partners kunnen inkijken.", Same},
    {3, "leen", Problem, None,
     "Let op met privacy: zo'n gedeelde kaart mag geen namen of adressen van melders tonen.", nullptr},
    {3, "bram", Quote, None,
     "\"Veiligheid in een wijk maak je niet met een plan, maar met mensen die elkaar kennen.\"", Same},
    {3, "", Other, None,
     "Samenvatting: het wijkoverleg herstarten, één meldpunt met terugkoppeling, en de avonduren beter dekken.",
     "Samenvatting: wijkoverleg terug, 1 meldpunt met terugkoppeling, avonduren dekken"},
};

// [SECTION] Hearing 3: Ruimtelijke ordening en wonen (closed)
constexpr ContributionRow kHousingNotes[] = {
    // Question 1: places and housing that cause trouble
    {0, "leen", Problem, ProActive,
     "De stationswijk telt veel panden met een winkel beneden en leegstand erboven. 's Avonds kijkt er niemand op straat.",
     Same},
    {0, "zoe", Problem, None,
     "Langs de oude vaart kennen we minstens zestig woningen die niet aan de kwaliteitsnormen voldoen; een deel wordt per kamer verhuurd.",
     "Min. 60 woningen langs oude vaart onder de kwaliteitsnorm, deels kamerverhuur"},
    {0, "inge", Problem, Reactive,
     "In de kamerwoningen aan de Vaartkaai komen we geregeld tussen voor ruzies en drugs. De eigenaar is onbereikbaar.",
     Same},
    {0, "sintjozef", Problem, None,
     "De parking achter het cultuurcentrum is 's avonds een donker gat; daar wordt afval gedumpt en gedeald.", Same},
    {0, "marc", Problem, None,
     "In de hoogbouw van Ter Linde zijn gangen en bergingen een probleem: slecht verlicht, kapotte deuren, niemand voelt zich verantwoordelijk.",
     "Ter Linde: gangen/bergingen slecht verlicht, deuren kapot, niemand verantwoordelijk"},
    {0, "koen", Problem, None, nullptr, "Leegstaande bedrijfspanden worden gebruikt als opslag voor gestolen goederen"},
    {0, "griet", Problem, Aftercare,
     "Kwetsbare huurders belanden in de slechtste woningen omdat ze nergens anders binnen raken.", Same},
    {0, "tom", Problem, None,
     "Het nieuwe plein aan de Veemarkt heeft geen enkele zitbank. Mensen gaan op de trappen van de kerk zitten en dat levert klachten op.",
     nullptr},
    {0, "sien", Problem, Preventive, nullptr, "Verkaveling Hoge Akker: geen speelruimte, kinderen spelen op de parking"},
    // Question 2: safety in planning, before anything is built
    {1, "leen", Cause, ProActive,
     "Bij de meeste bouwaanvragen kijkt men pas naar veiligheid als het gebouw er al staat.",
     "Veiligheid wordt pas bekeken als het gebouw er al staat"},
    {1, "lotte", Proposal, ProActive,
     "Een veiligheidsadvies verplicht maken bij grote projecten, net zoals voor brandveiligheid, met een checklist.", Same},
    {1, "marc", Proposal, ProActive,
     "Zorg voor gemengde wijken: niet alle sociale woningen op één plek, maar ook koopwoningen en voorzieningen ertussen.",
     Same},
    {1, "koen", Quote, None, "\"Een camera is een pleister; een goed ontworpen plein heeft er geen nodig.\"", Same, "leen"},
    {1, "sien", Proposal, Preventive,
     "Kinderen en jongeren betrekken bij het ontwerp van pleinen en parken; zij weten waar ze zullen zitten.", Same},
    {1, "sintjozef", Question, None,
     "Waarom horen bewoners pas van een project als het openbaar onderzoek al loopt?",
     "Vraag: waarom horen bewoners pas iets bĳ het openbaar onderzoek?"},
    {1, "leen", Other, None,
     "Voor het Vaartkwartier is een participatietraject voorzien, maar de eerste infoavond is pas in het voorjaar.",
     nullptr},
    {1, "rene", Problem, None,
     "De heraanleg van de Brugstraat duurde twee jaar; intussen sloten drie winkels en kwamen er leegstand en graffiti.",
     Same},
    {1, "chloe", Proposal, Preventive, nullptr, "Aanspreekpunt tijdens grote werken, voor bewoners én handelaars"},
    {1, "", Proposal, ProActive, nullptr, "Leegstaande panden tijdelijk laten invullen door jonge ondernemers of kunstenaars"},
    {1, "tom", Cause, None,
     "Verloedering trekt verloedering aan: één kapotte ruit die blijft zitten, en binnen een maand zijn het er vijf.",
     Same},
    // Question 3: finding and tackling vacancy and decay. B folds Sien's remark into René's note.
    {2, "zoe", Problem, None,
     "De dienst Wonen controleert alleen op klacht, en huurders durven niet te klagen uit angst hun woning kwijt te raken.",
     "Wonen controleert enkel op klacht; huurders durven niet, uit angst hun woning kwijt te raken"},
    {2, "zoe", Proposal, None,
     "Een actieve woningcontrole, straat per straat, in de stationswijk, gekoppeld aan het leegstandsregister.", Same},
    {2, "noel", Proposal, Aftercare,
     "Als een woning ongeschikt verklaard wordt, moet er meteen een oplossing voor de bewoners zijn, anders belanden ze op straat.",
     Same},
    {2, "inge", Proposal, Reactive,
     "De wijkinspecteur ziet veel woningen van binnen; laat ons signalen over slechte woningen met één formulier aan de dienst Wonen doorgeven.",
     Same},
    {2, "griet", Proposal, Aftercare,
     "Huisbezoeken bij oudere alleenwonenden in slechte woningen, samen met de thuiszorg.", nullptr},
    {2, "marc", Proposal, None,
     "Leegstaande woningen opkopen of in beheer nemen via het sociaal verhuurkantoor.",
     "Leegstand in beheer nemen via SVK, of opkopen"},
    {2, "leen", Proposal, None,
     "De leegstandsheffing ook echt innen; vandaag wordt een groot deel van de dossiers niet opgevolgd.", Same},
    {2, "koen", Other, Reactive,
     "Tegen huisjesmelkerij is een gerechtelijk dossier mogelijk, maar daarvoor hebben we de vaststellingen van de dienst Wonen nodig.",
     Same},
    {2, "", Question, None, nullptr, "Vraag: hoe lang duurt een procedure tegen een huisjesmelker?"},
    {2, "koen", Other, None, "Reken op één tot twee jaar, tenzij er ook andere misdrijven meespelen.", Same},
    {2, "chloe", Proposal, Preventive,
     "Buurtbemiddeling aanbieden bij burenconflicten in appartementsblokken, voordat een huurcontract wordt opgezegd.",
     Same},
    {2, "rene", Proposal, None,
     "Een premie voor eigenaars die de verdieping boven hun winkel opnieuw bewoonbaar maken.",
     "Premie voor eigenaars die verdieping boven winkel terug bewoonbaar maken -> ook meer leven 's avonds"},
    {2, "sien", Other, Preventive,
     "Sien vult aan: bewoonde verdiepingen maken de straat 's avonds levendiger en veiliger.", nullptr},
    // Question 4: agreements between city, housing company and police
    {3, "marc", Proposal, None,
     "Een samenwerkingsovereenkomst tussen stad, Woonpunt en politie over overlast in sociale woonwijken, met vaste contactpersonen.",
     Same},
    {3, "inge", Question, None,
     "Wie neemt het initiatief bij een overlastdossier: de huisvestingsmaatschappij of de politie?", Same},
    {3, "lotte", Proposal, None, "Het lokaal woonoverleg twee keer per jaar uitbreiden met politie en preventie.",
     nullptr},
    {3, "noel", Proposal, Aftercare,
     "Afspraken over woonbegeleiding voor nieuwe huurders die eerder dakloos waren.", Same},
    {3, "leen", Proposal, ProActive,
     "Leefbaarheid en veiligheid als vast hoofdstuk opnemen in het ruimtelijk structuurplan.", Same},
    {3, "sintjozef", Quote, None, "\"Betrek ons vóór de plannen klaar zijn, niet erna.\"", Same},
    {3, "", Other, None,
     "Samenvatting: veiligheid vooraf meenemen in het ontwerp, actieve woningcontrole in de stationswijk, en één overeenkomst tussen stad, Woonpunt en politie.",
     "Samenvatting: veiligheid in ontwerp, actieve woningcontrole stationswijk, overeenkomst stad/Woonpunt/pol."},
};

// [SECTION] Hearing 4: Veilig ondernemen (running, paused during question 2)
constexpr ContributionRow kEnterpriseNotes[] = {
    // Question 1: crime and nuisance entrepreneurs face
    {0, "rene", Problem, None,
     "Winkeldiefstal is het grootste probleem: kleine bedragen, maar elke dag. Aangifte doen kost meer tijd dan de schade.",
     Same},
    {0, "ann", Problem, Reactive,
     "Bij onze leden op Dijlepoort is op één jaar twaalf keer ingebroken, telkens 's nachts en telkens via het dak.",
     "Dijlepoort: 12 inbraken op 1 jaar, 's nachts, via het dak"},
    {0, "nabil", Problem, None,
     "Horecapersoneel krijgt steeds vaker agressie te verwerken bij sluitingstijd, vooral in het weekend.", Same},
    {0, "koen", Other, Reactive,
     "Veel winkeldiefstallen worden niet aangegeven en bestaan dus nauwelijks in onze cijfers.", nullptr},
    {0, "kerkakker", Problem, None,
     "Bewoners boven de cafés aan de Grote Markt slapen niet voor drie uur 's nachts.", Same},
    {0, "inge", Problem, Preventive,
     "Sommige nachtwinkels verkopen alcohol na 22 uur, en dat voedt de overlast in de uitgaanszone.",
     "Nachtwinkels verkopen alcohol na 22u -> overlast uitgaanszone"},
    {0, "", Question, None, nullptr, "Vraag: telkens dezelfde daders?"},
    {0, "koen", Other, None,
     "Voor winkeldiefstal in het centrum zien we een kleine groep veelplegers steeds terugkomen.", Same},
    // Question 2: what entrepreneurs already do themselves (hearing paused here)
    {1, "rene", Other, Preventive,
     "Verschillende handelaars hebben zelf camera's gehangen, maar de beelden zijn vaak onbruikbaar of worden nooit opgevraagd.",
     Same},
    {1, "ann", Cause, None,
     "Het buurtinformatienetwerk voor zelfstandigen is stilgevallen omdat niemand het nog trok.",
     "BIN-Z stilgevallen, geen trekker meer"},
    {1, "nabil", Proposal, Preventive,
     "De horeca wil een gezamenlijke cursus voor portiers en personeel over omgaan met agressie.", nullptr},
    {1, "lotte", Other, Preventive,
     "De preventiedienst geeft gratis diefstalpreventieadvies, maar weinig handelaars weten dat het bestaat.", Same},
    {1, "mehdi", Quote, None,
     "\"Sommige jongeren stelen niet uit honger, maar omdat het toch geen gevolgen heeft.\"", nullptr},
};

// [SECTION] Hearings
constexpr HearingRow kHearings[] = {
    {0, "2025-10-13", "14:00", 2, "Stadhuis Dijlestede, Schepenzaal", "Dirk Symons", "Sofie Claes", "Wout Maes",
     HearingStatus::Closed,
     "inge koen interventie anais joelle mehdi bram sien griet noel raf evi tom lotte kerkakker nabil", kDrugsNotes},
    {1, "2025-10-22", "19:00", 2, "Ontmoetingscentrum Kerkakker, zaal 2", "Hilde Van Acker", "Eline Bogaerts",
     "Pieter-Jan Smets", HearingStatus::Closed,
     "inge interventie joelle mehdi bram marc zoe griet tom lotte chloe kerkakker sintjozef leen rene",
     kNeighbourhoodNotes},
    {2, "2025-11-03", "09:30", 1, "Stadskantoor, vergaderzaal De Vaart", "Dirk Symons", "Sofie Claes",
     "Nele Hermans", HearingStatus::Closed, "marc zoe leen inge lotte tom griet noel sintjozef rene chloe sien koen",
     kHousingNotes},
    {3, "2026-11-19", "14:00", 1, "Cultuurcentrum De Molen, foyer", "Hilde Van Acker", "Wout Maes",
     "Eline Bogaerts", HearingStatus::Running,
     "rene ann nabil inge koen anais lotte tom leen mehdi raf kerkakker interventie", kEnterpriseNotes},
    {4, "2026-12-01", "19:30", 1, "Ontmoetingscentrum De Wĳngaard, Sint-Jozef", "Dirk Symons", "Nele Hermans",
     "Pieter-Jan Smets", HearingStatus::Planned,
     "anais chloe noel griet bram sien joelle inge lotte tom evi sintjozef zoe mehdi", {}},
    {5, "2026-12-09", "19:00", 1, "Jeugdhuis De Kelder, grote zaal", "Hilde Van Acker", "Eline Bogaerts",
     "Wout Maes", HearingStatus::Planned, "bram sien evi joelle mehdi inge lotte tom anais griet chloe kerkakker",
     {}},
};

// [SECTION] Corrections and slips
// Reporters fix typos and delete half-typed notes; the demo shows that history is kept.
constexpr CorrectionRow kCorrections[] = {
    {0, 'A', 3,
     "Gebruikers komen pas naar het MSCO als het echt niet meer gaat: schulden, geen woning, vaak al een "
     "ziekenhuisopname achter de rug."},
    {1, 'B', 1, "Sint-Jozef: weinig feiten, maar klachten lawaai + sluikstort x2"},
    {2, 'A', 4,
     "In de hoogbouw van Ter Linden zijn gangen en bergingen een probleem: slecht verlicht, kapotte deuren, "
     "niemand voelt zich verantwoordelijk."},
};

constexpr SlipRow kSlips[] = {
    {0, 'B', 13, "Wachtlijst amb"},
    {3, 'A', 2, "Horecapersoneel krijgt steeds vaker agr"},
};
} // namespace

const PlanRow& PlanInfo() { return kPlan; }
std::span<const PhaseRow> Phases() { return kPhases; }
std::span<const ThemeRow> Themes() { return kThemes; }
std::span<const ParticipantRow> Participants() { return kParticipants; }
std::span<const HearingRow> Hearings() { return kHearings; }
std::span<const CorrectionRow> Corrections() { return kCorrections; }
std::span<const SlipRow> Slips() { return kSlips; }

} // namespace hd::demo
