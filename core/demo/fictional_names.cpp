#include "core/demo/fictional_names.h"

#include <algorithm>
#include <iterator>

namespace hd::demo {
namespace {

// Invented names only, in the mix of a Flemish city (accents, ĳ, names of many origins). Adding a
// person to the demo means adding the name here first; the demo test refuses any other name.
constexpr std::string_view kNames[] = {
    // Participants of the hearings
    "Inge Vandenbussche", "Koen Lambrechts", "Anaïs Dewulf", "Joëlle Peeters", "Mehdi El Amrani",
    "Bram Van Ĳzendoorn", "Sien Wouters", "Marc De Backer", "Zoë Claeys", "René Goossens", "Ann Verhoeven",
    "Nabil Haddad", "Griet Maes", "Noël Verstraete", "Chloë Vermeiren", "Leen Jacobs", "Tom Segers",
    "Lotte Coppens", "Raphaël Dumont", "Evi Mertens",
    // Moderators and reporters
    "Dirk Symons", "Hilde Van Acker", "Sofie Claes", "Wout Maes", "Eline Bogaerts", "Pieter-Jan Smets",
    "Nele Hermans",
    // Core group (kerngroep)
    "Karolien Vercammen", "Jeroen Bollaert", "Hanne De Clercq", "Stijn Van Hoof", "Liesbeth Cuypers",
    "Annick Moens", "Yusuf Demir",
    // Forum experts, one per domain
    "Margot Deprez", "Arnout Wyckaert", "Yasmina Ouali", "Geert-Jan Lemmens", "Saar Heylen", "Ilse Van Damme",
    "Jonas Verbeke",
    // People in the forum audience
    "Frieda Willems", "Kobe Dierckx",
};

} // namespace

std::span<const std::string_view> FictionalNames() { return kNames; }

bool IsFictionalName(std::string_view name) {
    return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

} // namespace hd::demo
