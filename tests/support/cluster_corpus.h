// A small corpus of Dutch hearing notes on three topics (drug nuisance, traffic, neighbour
// disputes), written for these tests. Topic of note i: i % 3.
#pragma once
#include <string>
#include <vector>

namespace hd::test {
inline std::vector<std::string> ClusterCorpus() {
    return {
        "Dealers verkopen drugs aan de ingang van het station",
        "Te hoge snelheid van auto's in de schoolstraat",
        "Buren maken ruzie over lawaai van de muziek 's nachts",
        "Gebruikte spuiten en drugsafval in het park",
        "Fietsers voelen zich onveilig op het kruispunt zonder fietspad",
        "Burenruzie over de haag escaleert; bemiddeling door de stad gevraagd",
        "Drugs dealen gebeurt openlijk op het plein bij het station",
        "Vrachtwagens rijden te snel door de smalle straat",
        "Buurtbemiddeling kan burenruzies over lawaai oplossen",
        "Meer controle op drugs en dealers door de politie",
        "Een zebrapad en snelheidsremmers aan de school voor veilig verkeer",
        "Lawaai van de buren: bemiddeling tussen buren helpt vaak",
        "Preventie rond drugsgebruik bij jongeren op school en in het park",
        "Snelheidscontroles van de politie op de steenweg tegen te snel rijden",
        "Conflicten tussen buren over parkeren en lawaai",
        "Opvang voor drugsgebruikers zodat het station en het park rustig blijven",
        "Het kruispunt is gevaarlijk voor fietsers door het drukke verkeer",
        "Bemiddelaars helpen buren een ruzie uit te praten",
    };
}
} // namespace hd::test
