// A plan with two themes and one hearing in each, opened in a Workspace: for tests of what a write
// to one hearing or theme makes stale in the workspace's views, and what it leaves alone.
#pragma once
#include <string>

#include "core/store/store.h"
#include "core/workspace/workspace.h"

namespace hd::test {

struct TwoThemesPlan {
    Workspace ws;
    int64_t theme = 0, other_theme = 0, hearing = 0, other_hearing = 0, police = 0;

    explicit TwoThemesPlan(const std::string& path) {
        Plan plan;
        plan.name = "Testplan";
        plan.city = "Halle";
        plan.period_start = 2026;
        plan.period_end = 2031;
        auto store = PlanStore::Create(path, plan);
        Theme t;
        t.title = "Jeugd en overlast";
        theme = store->AddTheme(t);
        t.title = "Verkeer";
        other_theme = store->AddTheme(t);
        Participant p;
        p.name = "Jan Vermeersch";
        p.discipline = "police";
        police = store->AddParticipant(p);
        Hearing h;
        h.theme_id = theme;
        h.date = "2026-03-12";
        h.participant_ids = {police};
        hearing = store->AddHearing(h);
        h.theme_id = other_theme;
        h.date = "2026-03-19";
        other_hearing = store->AddHearing(h);
        ws.Adopt(std::move(store));
    }

    // A note of the police officer, stored and reported to the workspace.
    Note AddNote(int64_t hearing_id, const std::string& text) {
        Note n;
        n.hearing_id = hearing_id;
        n.reporter = 'A';
        n.speaker_id = police;
        n.text = text;
        Note stored = ws.Store().AddNote(n);
        ws.ChangedHearing(hearing_id);
        return stored;
    }
};

} // namespace hd::test
