// [SECTION] index: notes as minutes / minutes document / plan document / coverage
#include "core/export/plan_document.h"

#include <set>

#include "core/base/i18n.h"
#include "core/cluster/contribution.h"
#include "core/cluster/proposal_text.h"

#include <algorithm>
#include <map>

#include "core/base/errors.h"
#include "core/merge/merge_store.h"
#include "core/cluster/contribution.h"
#include "core/cluster/objective_store.h"
#include "core/store/plan_structure.h"
#include "core/store/store.h"

namespace hd {

// [SECTION] Notes as minutes (until merged minutes exist)
namespace {
std::string SpeakerName(const std::map<int64_t, Participant>& people, int64_t id,
                        const std::function<std::string(const std::string&)>& label) {
    auto it = people.find(id);
    if (it == people.end()) return {};
    if (!it->second.name.empty()) return it->second.name;
    return label ? label(it->second.discipline) : it->second.discipline;
}

std::map<int64_t, Participant> ParticipantsById(PlanStore& store) {
    std::map<int64_t, Participant> out;
    for (Participant& p : store.ListParticipants()) out.emplace(p.id, std::move(p));
    return out;
}
} // namespace

std::vector<MinutesEntry> NotesMinutesSource::Lines(PlanStore& store, int64_t hearing_id, bool& merged) {
    merged = false;
    std::vector<MinutesEntry> out;
    for (const Note& n : store.ListNotes(hearing_id)) out.push_back(MinutesEntryFromNote(n));
    return out;
}

// [SECTION] Merged minutes and objectives from the other features' stores
std::vector<MinutesEntry> StoreMinutesSource::Lines(PlanStore& store, int64_t hearing_id, bool& merged) {
    MergeStore merges(store);
    if (!merges.HasMerge(hearing_id)) return NotesMinutesSource().Lines(store, hearing_id, merged);
    merged = true;
    std::vector<MinutesEntry> out = merges.MergedMinutes(hearing_id);
    // The document shows an unknown time as the start of the hearing.
    for (MinutesEntry& m : out) m.offset_ms = std::max<int64_t>(m.offset_ms, 0);
    return out;
}

namespace {
// The contributions behind an objective (a strategic one: all of its domain's), counted once each.
void AddEvidence(PlanStore& store, const Objective& o, const std::vector<Contribution>& contribs,
                 const TextAnalyzer& analyzer, PlanObjective& p) {
    std::vector<const Contribution*> behind;
    std::set<std::string> linked;
    for (const ObjectiveNote& n : o.notes) linked.insert(n.note_uuid);
    for (const Contribution& c : contribs) {
        bool used = o.level == ObjectiveLevel::Strategic && !o.notes.empty();
        for (const std::string& uuid : c.note_uuids) used = used || linked.count(uuid) > 0;
        if (used) behind.push_back(&c);
    }
    if (behind.empty()) return;
    ProposalEvidence e = GatherEvidence(analyzer, behind);
    p.contributions = static_cast<int>(e.contributions);
    for (int64_t h : e.hearing_ids)
        if (auto hearing = store.GetHearing(h)) p.hearing_dates.push_back(hearing->date);
    for (const Dissent& d : e.dissent) p.dissent.push_back({d.discipline_a, d.discipline_b, d.words_a, d.words_b});
}
} // namespace

std::vector<PlanObjective> StoreObjectiveSource::Objectives(PlanStore& store, int64_t theme_id) {
    std::vector<Contribution> contribs = ThemeContributions(store, theme_id);
    TextAnalyzer analyzer(FindAssetsDir());
    std::map<std::string, int64_t> speaker_of, hearing_of;
    for (const Note& n : store.ListNotesOfTheme(theme_id)) {
        speaker_of[n.uuid] = n.speaker_id;
        hearing_of[n.uuid] = n.hearing_id;
    }
    auto people = ParticipantsById(store);
    std::vector<PlanObjective> out;
    for (const Objective& o : ObjectiveStore(store).ListObjectives(theme_id)) {
        PlanObjective p;
        p.ref = std::to_string(o.id);
        p.theme_id = o.theme_id;
        p.strategic = o.level == ObjectiveLevel::Strategic;
        p.title = o.title;
        p.why = o.why;
        p.what = o.what;
        p.how = o.how;
        p.chain = o.chain;
        p.reactive = o.reactive;
        p.accepted = o.accepted;
        p.sub_theme_id = o.sub_theme_id;
        p.id = o.id;
        for (const ObjectiveNote& n : o.notes) {
            auto hearing = hearing_of.find(n.note_uuid);
            if (hearing != hearing_of.end()) p.hearing_ids.push_back(hearing->second);
            auto speaker = speaker_of.find(n.note_uuid);
            if (speaker == speaker_of.end()) continue;
            auto person = people.find(speaker->second);
            if (person != people.end() && !person->second.discipline.empty())
                p.disciplines.push_back(person->second.discipline);
        }
        AddEvidence(store, o, contribs, analyzer, p);
        std::sort(p.hearing_ids.begin(), p.hearing_ids.end());
        p.hearing_ids.erase(std::unique(p.hearing_ids.begin(), p.hearing_ids.end()), p.hearing_ids.end());
        out.push_back(std::move(p));
    }
    return out;
}

MinutesSource& DefaultMinutesSource() {
    static StoreMinutesSource source;
    return source;
}

ObjectiveSource& DefaultObjectiveSource() {
    static StoreObjectiveSource source;
    return source;
}

// [SECTION] Minutes document
MinutesDocument BuildMinutesDocument(PlanStore& store, int64_t hearing_id, const DocumentOptions& options) {
    std::optional<Hearing> h = store.GetHearing(hearing_id);
    if (!h)
        throw InputError("export.err_no_hearing", "There is no hearing with id " + std::to_string(hearing_id) + ".",
                         {std::to_string(hearing_id)});
    Plan plan = store.GetPlan();
    MinutesDocument doc;
    doc.plan_name = plan.name;
    doc.city = plan.city;
    doc.hearing_id = h->id;
    doc.theme_id = h->theme_id;
    if (std::optional<Theme> t = store.GetTheme(h->theme_id)) doc.theme = t->title;
    doc.date = h->date;
    doc.location = h->location;
    doc.moderator = h->moderator;
    doc.reporter_a = h->reporter_a;
    doc.reporter_b = h->reporter_b;

    auto people = ParticipantsById(store);
    auto label = [&](const std::string& d) { return options.discipline_label ? options.discipline_label(d) : d; };
    // Participants grouped by discipline, groups and people in a stable order (by label, then id).
    std::map<std::string, DisciplineGroup> groups;
    for (int64_t pid : h->participant_ids) {
        auto it = people.find(pid);
        if (it == people.end()) continue;
        const Participant& p = it->second;
        DisciplineGroup& g = groups[p.discipline];
        g.discipline = p.discipline;
        g.label = label(p.discipline);
        std::string who = p.name.empty() ? g.label : p.name;
        if (!p.organisation.empty()) who += " (" + p.organisation + ")";
        g.people.push_back(who);
        g.participant_ids.push_back(p.id);
    }
    for (auto& [key, g] : groups) doc.participants.push_back(std::move(g));
    std::stable_sort(doc.participants.begin(), doc.participants.end(),
                     [](const DisciplineGroup& a, const DisciplineGroup& b) { return a.label < b.label; });

    MinutesSource& source = options.sources.minutes ? *options.sources.minutes : DefaultMinutesSource();
    std::vector<MinutesEntry> lines = source.Lines(store, hearing_id, doc.merged);
    for (MinutesEntry& line : lines) {
        // A known participant is shown the same way everywhere (name, else translated discipline).
        std::string known = SpeakerName(people, line.speaker_id, options.discipline_label);
        if (!known.empty() || line.speaker.empty()) line.speaker = known;
        if (line.speaker_conflict) {
            line.speaker_a = SpeakerName(people, line.speaker_a_id, options.discipline_label);
            line.speaker_b = SpeakerName(people, line.speaker_b_id, options.discipline_label);
        }
        bool single = line.provenance == MergeStatus::OnlyA || line.provenance == MergeStatus::OnlyB;
        // Merged minutes keep what only one reporter heard apart, so readers can weigh it.
        if (doc.merged && single) doc.appendix.push_back(std::move(line));
        else doc.entries.push_back(std::move(line));
    }
    doc.review = ReviewStore(store).GetReview(hearing_id);
    return doc;
}

// [SECTION] Plan document
namespace {
int ChainIndex(SafetyChain c) {
    switch (c) {
    case SafetyChain::ProActive: return 0;
    case SafetyChain::Preventive: return 1;
    case SafetyChain::Preparation: return 2;
    case SafetyChain::Reactive: return 3;
    case SafetyChain::Aftercare: return 4;
    case SafetyChain::None: return -1;
    }
    return -1;
}

// What the domain's hearings brought in: how many hearings, contributions and which disciplines.
void AddInputSummary(PlanStore& store, const std::vector<Hearing>& hearings, DomainDocument& d) {
    for (const Hearing& h : hearings)
        if (h.theme_id == d.theme_id) ++d.hearings;
    if (d.hearings == 0) return;
    std::vector<Contribution> contributions = ThemeContributions(store, d.theme_id);
    d.contributions = static_cast<int>(contributions.size());
    for (const Contribution& c : contributions)
        if (!c.discipline.empty()) d.input_disciplines.push_back(c.discipline);
    std::sort(d.input_disciplines.begin(), d.input_disciplines.end());
    d.input_disciplines.erase(std::unique(d.input_disciplines.begin(), d.input_disciplines.end()), d.input_disciplines.end());
}
} // namespace

CoverageRow ComputeCoverage(const DomainDocument& domain) {
    CoverageRow row;
    row.theme_id = domain.theme_id;
    row.domain = domain.title;
    for (const PlanObjective& o : domain.tactical) {
        int i = ChainIndex(o.chain);
        if (i < 0) ++row.unassigned;
        else ++row.counts[static_cast<size_t>(i)];
        if (HasReactiveKind(o.chain) && o.reactive != ReactiveKind::None)
            ++row.reactive[static_cast<size_t>(o.reactive) - 1];
    }
    // A domain that only reacts after the fact (or has nothing yet) is the gap a plan must show.
    row.gap = row.counts[0] + row.counts[1] == 0;
    return row;
}

namespace {
// Each tactical objective gets its actions (one query for the whole plan).
void AttachActions(PlanStore& store, PlanDocument& doc) {
    std::map<int64_t, std::vector<Action>> by_objective;
    for (Action& a : ActionStore(store).ListAllActions()) by_objective[a.objective_id].push_back(std::move(a));
    for (DomainDocument& d : doc.domains)
        for (PlanObjective& o : d.tactical) {
            auto it = by_objective.find(o.id);
            if (o.id && it != by_objective.end()) o.actions = it->second;
        }
}

// The hearings some objective cites, with their minutes' review state, for the annex.
void AttachHearingReferences(PlanStore& store, PlanDocument& doc) {
    std::vector<int64_t> cited;
    for (const DomainDocument& d : doc.domains) {
        for (const PlanObjective& o : d.strategic) cited.insert(cited.end(), o.hearing_ids.begin(), o.hearing_ids.end());
        for (const PlanObjective& o : d.tactical) cited.insert(cited.end(), o.hearing_ids.begin(), o.hearing_ids.end());
    }
    std::sort(cited.begin(), cited.end());
    cited.erase(std::unique(cited.begin(), cited.end()), cited.end());
    ReviewStore reviews(store);
    for (int64_t id : cited) {
        std::optional<Hearing> h = store.GetHearing(id);
        if (!h) continue;
        HearingReference ref;
        ref.hearing_id = id;
        if (std::optional<Theme> t = store.GetTheme(h->theme_id)) ref.domain = t->title;
        ref.date = h->date;
        ref.location = h->location;
        ref.review = reviews.GetReview(id);
        doc.hearings.push_back(std::move(ref));
    }
}
} // namespace

PlanDocument BuildPlanDocument(PlanStore& store, const DocumentOptions& options) {
    Plan plan = store.GetPlan();
    PlanDocument doc;
    doc.plan_name = plan.name;
    doc.city = plan.city;
    doc.period_start = plan.period_start;
    doc.period_end = plan.period_end;
    doc.phases = plan.phases;
    std::stable_sort(doc.phases.begin(), doc.phases.end(),
                     [](const Phase& a, const Phase& b) { return a.position < b.position; });
    ReviewStore reviews(store);
    doc.core_group = reviews.ListMembers();
    PlanStructureStore structure(store);
    for (std::string_view key : kPlanSectionKeys) doc.sections.push_back({std::string(key), structure.Section(key)});
    ObjectiveSource& source = options.sources.objectives ? *options.sources.objectives : DefaultObjectiveSource();
    std::vector<Hearing> hearings = store.ListHearings();
    std::vector<Indicator> indicators = IndicatorStore(store).List();
    auto indicators_of = [&](int64_t theme_id) {
        std::vector<Indicator> out;
        for (const Indicator& i : indicators)
            if (i.theme_id == theme_id && !i.values.empty()) out.push_back(i);
        return out;
    };
    doc.city_indicators = indicators_of(0);
    for (const Theme& t : store.ListThemes()) {
        DomainDocument d;
        d.theme_id = t.id;
        d.title = t.title;
        d.context = t.context;
        d.problem = t.problem_statement;
        d.supporting = t.supporting;
        d.sub_themes = structure.ListSubThemes(t.id);
        AddInputSummary(store, hearings, d);
        for (PlanObjective& o : source.Objectives(store, t.id)) {
            std::sort(o.disciplines.begin(), o.disciplines.end());
            o.disciplines.erase(std::unique(o.disciplines.begin(), o.disciplines.end()), o.disciplines.end());
            if (o.strategic) d.strategic.push_back(std::move(o));
            else d.tactical.push_back(std::move(o));
        }
        d.commentary = reviews.GetCommentary(t.id);
        d.reactions = reviews.ListReactions(t.id);
        d.indicators = indicators_of(t.id);
        d.swot = SwotStore(store).List(t.id);
        doc.coverage.push_back(ComputeCoverage(d));
        const CoverageRow& row = doc.coverage.back();
        for (size_t i = 0; i < row.counts.size(); ++i) doc.balance.counts[i] += row.counts[i];
        for (size_t i = 0; i < row.reactive.size(); ++i) doc.balance.reactive[i] += row.reactive[i];
        doc.balance.unassigned += row.unassigned;
        doc.domains.push_back(std::move(d));
    }
    AttachActions(store, doc);
    AttachHearingReferences(store, doc);
    return doc;
}

} // namespace hd
