// A small plan opened in a Workspace, for UI tests.
#pragma once
#include <string>

#include "app/app_state.h"
#include "core/workspace/workspace.h"
#include "core/store/store.h"

namespace hd::test {
struct UiFixture {
    explicit UiFixture(const std::string& plan_path) : path(plan_path) {
        Plan plan;
        plan.name = "Testplan";
        plan.city = "Halle";
        auto store = PlanStore::Create(path, plan);
        Theme t;
        t.title = "Jeugd en overlast";
        t.problem_statement = "Jongeren hangen rond op het Stationsplein; buurtbewoners klagen over lawaai.";
        t.questions.push_back({0, 0, 0, "Wat zijn de oorzaken?", 20});
        t.questions.push_back({0, 0, 0, "Welke acties stelt u voor?", 25});
        theme_id = store->AddTheme(t);
        Participant p1;
        p1.name = "Jan Vermeersch";
        p1.discipline = "police";
        p1.consent_named = true;
        police_id = store->AddParticipant(p1);
        Participant p2;
        p2.name = "Eline Peeters";
        p2.discipline = "youth_work";
        youth_id = store->AddParticipant(p2);
        Hearing h;
        h.theme_id = theme_id;
        h.date = "2026-03-12";
        h.location = "Stadhuis";
        h.participant_ids = {police_id, youth_id};
        hearing_id = store->AddHearing(h);
        ws.Adopt(std::move(store));
        state.hearing_id = hearing_id;
        state.theme_id = theme_id;
    }
    std::string path;
    Workspace ws;
    AppState state;
    int64_t theme_id = 0, hearing_id = 0, police_id = 0, youth_id = 0;
};
} // namespace hd::test
