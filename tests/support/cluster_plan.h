// A plan whose one theme holds the notes of tests/support/cluster_corpus.h, typed by reporter A
// (and a few by reporter B, which the clustering must ignore), with speakers of three disciplines,
// kinds and safety-chain tags. Topic of note i: i % 3 (drugs, traffic, neighbours).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "core/store/store.h"
#include "tests/support/cluster_corpus.h"

namespace hd::test {
struct ClusterPlan {
    explicit ClusterPlan(const std::string& path) {
        Plan plan;
        plan.name = "Veiligheidsplan";
        plan.city = "Mechelen";
        store = PlanStore::Create(path, plan);
        Theme t;
        t.title = "Overlast in de wijk";
        t.problem_statement = "Bewoners ervaren overlast.";
        theme_id = store->AddTheme(t);
        const char* disciplines[] = {"police", "street_work", "housing"};
        for (const char* d : disciplines) {
            Participant p;
            p.discipline = d;
            speakers.push_back(store->AddParticipant(p));
        }
        Hearing h;
        h.theme_id = theme_id;
        h.date = "2010-05-21";
        hearing_id = store->AddHearing(h);
        auto texts = ClusterCorpus();
        for (size_t i = 0; i < texts.size(); ++i) {
            Note n;
            n.hearing_id = hearing_id;
            n.reporter = 'A';
            n.text = texts[i];
            n.speaker_id = speakers[i % 3];
            n.kind = i % 2 == 0 ? NoteKind::Problem : NoteKind::Proposal;
            n.chain = i % 3 == 0 ? SafetyChain::Reactive : SafetyChain::Preventive;
            n.offset_ms = static_cast<int64_t>(i) * 1000;
            uuids.push_back(store->AddNote(n).uuid);
        }
        Note b;
        b.hearing_id = hearing_id;
        b.reporter = 'B';
        b.text = "Reporter B's own version of a note";
        reporter_b_uuid = store->AddNote(b).uuid;
    }
    std::string AddNote(const std::string& text, NoteKind kind = NoteKind::Other) {
        Note n;
        n.hearing_id = hearing_id;
        n.reporter = 'A';
        n.text = text;
        n.kind = kind;
        n.offset_ms = 100000 + static_cast<int64_t>(uuids.size());
        uuids.push_back(store->AddNote(n).uuid);
        return uuids.back();
    }
    std::unique_ptr<PlanStore> store;
    int64_t theme_id = 0, hearing_id = 0;
    std::vector<int64_t> speakers;
    std::vector<std::string> uuids;
    std::string reporter_b_uuid;
};
} // namespace hd::test
