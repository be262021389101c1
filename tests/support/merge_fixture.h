// A plan with one theme, two hearings and a few participants, for the merge and transcript tests.
#pragma once
#include <memory>
#include <string>

#include "core/store/store.h"
#include "tests/support/temp_dir.h"

namespace hd::test {

struct MergeFixture {
    TempDir dir;
    std::unique_ptr<PlanStore> store;
    int64_t hearing = 0, other_hearing = 0;
    int64_t peeters = 0, de_smet = 0, vermeersch = 0;

    explicit MergeFixture(const std::string& file = "plan.hdesk") {
        Plan plan;
        plan.name = "Integraal veiligheidsplan";
        plan.city = "Mechelen";
        store = PlanStore::Create(dir.File(file), plan);
        Theme theme;
        theme.title = "Overlast in de stationsbuurt";
        int64_t theme_id = store->AddTheme(theme);
        peeters = store->AddParticipant(Person("An Peeters", "police"));
        de_smet = store->AddParticipant(Person("Jan De Smet", "street_work"));
        vermeersch = store->AddParticipant(Person("Eline Vermeërsch", "housing"));
        Hearing h;
        h.theme_id = theme_id;
        h.date = "2010-05-21";
        h.reporter_a = "Sara";
        h.reporter_b = "Tom";
        h.participant_ids = {peeters, de_smet, vermeersch};
        hearing = store->AddHearing(h);
        h.date = "2010-06-04";
        other_hearing = store->AddHearing(h);
    }

    static Participant Person(const std::string& name, const std::string& discipline) {
        Participant p;
        p.name = name;
        p.discipline = discipline;
        p.organisation = "";
        return p;
    }

    Note Add(char reporter, int64_t offset_s, int64_t speaker, const std::string& text, int64_t hearing_id = 0) {
        Note n;
        n.hearing_id = hearing_id ? hearing_id : hearing;
        n.reporter = reporter;
        n.offset_ms = offset_s * 1000;
        n.speaker_id = speaker;
        n.text = text;
        return store->AddNote(n, reporter == 'A' ? "Sara" : "Tom");
    }
};

} // namespace hd::test
