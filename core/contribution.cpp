#include "core/contribution.h"

#include <map>

#include "core/store.h"

namespace hd {

std::vector<Contribution> ThemeContributions(PlanStore& store, int64_t theme_id) {
    std::map<int64_t, std::string> discipline;
    for (const Participant& p : store.ListParticipants()) discipline[p.id] = p.discipline;
    std::vector<Note> notes = store.ListNotesOfTheme(theme_id);
    std::map<int64_t, bool> hearing_has_a;
    for (const Note& n : notes)
        if (n.reporter == 'A') hearing_has_a[n.hearing_id] = true;
    std::vector<Contribution> out;
    for (const Note& n : notes) {
        char wanted = hearing_has_a.count(n.hearing_id) ? 'A' : 'B';
        if (n.reporter != wanted) continue;
        Contribution c;
        c.uuid = n.uuid;
        c.hearing_id = n.hearing_id;
        c.text = n.text;
        c.kind = n.kind;
        c.chain = n.chain;
        c.speaker_id = n.speaker_id;
        if (auto it = discipline.find(n.speaker_id); it != discipline.end()) c.discipline = it->second;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace hd
