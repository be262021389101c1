// A small fixed plan for export tests: one theme with one hearing, participants with and without
// consent, notes of both reporters (with diacritics, markup and separators in the text), a core
// group, a forum commentary, and objectives from a fixed ObjectiveSource.
#pragma once
#include <string>

#include "core/export/export.h"
#include "core/export/plan_document.h"
#include "core/review/review_store.h"
#include "core/store/plan_structure.h"
#include "core/store/store.h"

namespace hd::test {

class FixedObjectives : public ObjectiveSource {
public:
    int64_t theme_id = 0;
    int64_t sub_theme_id = 0; // t2 belongs to it
    std::vector<PlanObjective> Objectives(PlanStore&, int64_t theme) override {
        if (theme != theme_id) return {};
        PlanObjective s;
        s.ref = "s1";
        s.theme_id = theme;
        s.strategic = true;
        s.title = "Minder overlast rond het Stationsplein";
        s.justification = "Bewoners én handelaars noemen het plein als eerste knelpunt.";
        PlanObjective t1;
        t1.ref = "t1";
        t1.theme_id = theme;
        t1.title = "Jongerenwerk 's avonds op het plein";
        t1.why = "Jongeren hebben geen plek; Eline Peeters ziet dat elke week.";
        t1.what = "Twee avonden per week een mobiele jeugdwerker.";
        t1.how = "Samen met de jeugddienst en de politie; evaluatie na 6 maanden.";
        t1.chain = SafetyChain::Preventive;
        t1.disciplines = {"youth_work", "police"};
        PlanObjective t2;
        t2.ref = "t2";
        t2.theme_id = theme;
        t2.title = "Snelle opvolging van meldingen";
        t2.what = "Meldingen binnen 48 uur opvolgen.";
        t2.chain = SafetyChain::Reactive;
        t2.disciplines = {"police"};
        t2.accepted = false; // still a proposal
        t2.sub_theme_id = sub_theme_id;
        PlanObjective s2;
        s2.ref = "s2";
        s2.theme_id = theme;
        s2.strategic = true;
        s2.title = "Een plein waar iedereen zich thuis voelt";
        return {s, t1, t2, s2};
    }
};

struct ExportFixture {
    explicit ExportFixture(const std::string& path) {
        Plan plan;
        plan.name = "Veiligheidsplan Halle";
        plan.city = "Halle";
        plan.period_start = 2027;
        plan.period_end = 2032;
        store = PlanStore::Create(path, plan);
        Theme t;
        t.title = "Jeugd en overlast";
        t.problem_statement = "Jongeren hangen rond op het Stationsplein; buurtbewoners klagen over lawaai.";
        t.context = "Sinds de heraanleg in 2024 is het plein de drukste plek van het centrum.";
        theme_id = store->AddTheme(t);
        Theme t2;
        t2.title = "Woninginbraken";
        t2.problem_statement = "Inbraken in de wijk Zuid nemen toe.";
        theme2_id = store->AddTheme(t2);
        Theme t3;
        t3.title = "Ondersteunende projecten";
        t3.problem_statement = "Beeldvorming en lokale regels ondersteunen alle domeinen.";
        t3.supporting = true;
        theme3_id = store->AddTheme(t3);
        objectives.theme_id = theme_id;
        PlanStructureStore structure(*store);
        structure.SetSection("history", "Het eerste plan dateert van 2019; dit is de tweede cyclus.");
        structure.SetSection("vision", "Veiligheid is een gedeelde verantwoordelijkheid van stad, partners én bewoners.");
        objectives.sub_theme_id = structure.AddSubTheme(theme_id, "Meldingen en opvolging",
                                                        "Wie meldt, moet weten wat ermee gebeurt.");

        Participant p1;
        p1.uuid = "00000000-0000-4000-8000-000000000001";
        p1.name = "Jan Vermeersch";
        p1.organisation = "Politiezone Zennevallei";
        p1.discipline = "police";
        p1.consent_named = true;
        police_id = store->AddParticipant(p1);
        Participant p2;
        p2.uuid = "00000000-0000-4000-8000-000000000002";
        p2.name = "Eline Peeters";
        p2.organisation = "Jeugdhuis De Kelder";
        p2.discipline = "youth_work";
        p2.consent_named = false; // never named in an export
        youth_id = store->AddParticipant(p2);
        Participant p3;
        p3.uuid = "00000000-0000-4000-8000-000000000003";
        p3.name = "Zoë Van den Broeck";
        p3.organisation = "Handelaarsvereniging";
        p3.discipline = "shopkeepers";
        p3.consent_named = true;
        shop_id = store->AddParticipant(p3);

        Hearing h;
        h.uuid = "00000000-0000-4000-8000-0000000000a1";
        h.theme_id = theme_id;
        h.date = "2026-03-12";
        h.location = "Stadhuis, zaal 1";
        h.moderator = "Karel Moens";
        h.reporter_a = "Sofie Claes";
        h.reporter_b = "Wout Maes";
        h.status = HearingStatus::Closed;
        h.participant_ids = {police_id, youth_id, shop_id};
        hearing_id = store->AddHearing(h);

        AddNote('A', 1, 60000, police_id, "Meldingen over lawaai komen vooral na 22 uur binnen.", NoteKind::Problem,
                SafetyChain::Reactive);
        AddNote('B', 1, 62000, police_id, "Lawaai: meldingen vooral na 22u", NoteKind::Problem, SafetyChain::None);
        AddNote('A', 2, 125000, youth_id, "Jongeren zeggen: \"we hebben geen plek\"; ze willen een eigen ruimte.",
                NoteKind::Cause, SafetyChain::Preventive);
        AddNote('B', 2, 190000, shop_id, "Zoë vraagt <script>alert('x')</script> & meer camera's * _niet_ | te veel",
                NoteKind::Proposal, SafetyChain::None);
        AddNote('A', 3, 240000, shop_id, "Volgens eline peeters werkt het jeugdhuis al samen met Vermeersch.\nTweede regel.",
                NoteKind::Other, SafetyChain::None);
        AddNote('A', 4, 300000, 0, "Vraag uit de zaal: wie betaalt dat?", NoteKind::Question, SafetyChain::None);

        ReviewStore review(*store);
        review.AddMember({0, "Mieke De Vos", "Stad Halle", "mayor", 0});
        review.AddMember({0, "Pieter Jacobs", "Politiezone Zennevallei", "police_chief", 0});
        review.SaveCommentary({theme_id, "Prof. An Segers", "criminologe, KU Leuven",
                               "Kies voor preventie; het plein is een ontmoetingsplek, geen probleemplek.", "test", 1000});
        review.AddReaction(theme_id, "Een bewoner: \"Eindelijk wordt er geluisterd.\"", "", 2000);
        review.AddReaction(theme_id, "Handelaar vraagt om verlichting; Jan Vermeersch knikt.", "René", 3000);
    }

    void AddNote(char reporter, int seq, int64_t offset, int64_t speaker, const std::string& text, NoteKind kind,
                 SafetyChain chain) {
        Note n;
        n.uuid = std::string("00000000-0000-4000-9000-00000000") + reporter + "00" + std::to_string(seq);
        n.hearing_id = hearing_id;
        n.reporter = reporter;
        n.offset_ms = offset;
        n.wall_time_ms = 1773310000000 + offset;
        n.speaker_id = speaker;
        n.text = text;
        n.kind = kind;
        n.chain = chain;
        store->AddNote(n, std::string("reporter ") + reporter);
    }

    ExportRequest Request(ExportWhat what, ExportFormat format) {
        ExportRequest r;
        r.what = what;
        r.format = format;
        r.hearing_id = hearing_id;
        r.date = "2026-04-01";
        r.language = Language::Dutch;
        r.sources.objectives = &objectives;
        return r;
    }

    std::unique_ptr<PlanStore> store;
    FixedObjectives objectives;
    int64_t theme_id = 0, theme2_id = 0, theme3_id = 0, hearing_id = 0, police_id = 0, youth_id = 0, shop_id = 0;
};

} // namespace hd::test
