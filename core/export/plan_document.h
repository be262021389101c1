// Plain document models assembled from the store, for exports and the review screens:
//  - MinutesDocument: one hearing's minutes (header, entries in order with provenance, appendix), its
//    lines the merged minutes' own MinutesEntry (core/merge/minutes_entry.h).
//  - PlanDocument: the plan draft (domains with problem, objectives, forum commentary; coverage of
//    domains x safety-chain dimensions; process phases).
// Where the lines and objectives come from is pluggable (MinutesSource, ObjectiveSource), so merged
// minutes and the objective board plug in without the exports changing.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/merge/minutes_entry.h"
#include "core/store/indicator_store.h"
#include "core/plan/action_store.h"
#include "core/store/model.h"
#include "core/review/review_store.h"
#include "core/store/swot_store.h"

namespace hd {
class PlanStore;

// [SECTION] Minutes
struct DisciplineGroup {
    std::string discipline;          // key or free text
    std::string label;               // translated
    std::vector<std::string> people; // "Name (organisation)"; after anonymisation the discipline label
    std::vector<int64_t> participant_ids; // parallel to people
};

struct MinutesDocument {
    std::string plan_name, city;
    int64_t hearing_id = 0;
    int64_t theme_id = 0;
    std::string theme;
    std::string date, location, moderator, reporter_a, reporter_b;
    std::vector<DisciplineGroup> participants;
    bool merged = false;              // false: not merged yet, both reporters' notes interleaved
    std::vector<MinutesEntry> entries; // in hearing order
    std::vector<MinutesEntry> appendix; // noted by one reporter only (when merged)
    MinutesReview review;
};

// Where a hearing's lines come from: merged minutes when they exist, else both reporters' notes.
class MinutesSource {
public:
    virtual ~MinutesSource() = default;
    // Sets `merged` to say which kind of lines were returned.
    virtual std::vector<MinutesEntry> Lines(PlanStore& store, int64_t hearing_id, bool& merged) = 0;
};

// Every live note of both reporters, in hearing order, provenance only A / only B.
class NotesMinutesSource : public MinutesSource {
public:
    std::vector<MinutesEntry> Lines(PlanStore& store, int64_t hearing_id, bool& merged) override;
};

// The merged minutes (MergeStore::MergedMinutes) once a hearing is merged, with each line's
// provenance from its merged entry; both reporters' notes before that.
class StoreMinutesSource : public MinutesSource {
public:
    std::vector<MinutesEntry> Lines(PlanStore& store, int64_t hearing_id, bool& merged) override;
};

// [SECTION] Plan draft
// Where two disciplines disagree among the notes behind an objective (core/cluster/dissent.h).
struct ObjectiveDissent {
    std::string discipline_a, discipline_b;    // keys
    std::vector<std::string> words_a, words_b; // the words that made the rule fire
};

struct PlanObjective {
    std::string ref;          // objective id as text
    int64_t theme_id = 0;
    bool strategic = false;
    std::string title;
    std::string justification; // strategic: why this is the domain's aim
    std::string why, what, how;
    SafetyChain chain = SafetyChain::None;
    ReactiveKind reactive = ReactiveKind::None;
    std::vector<std::string> disciplines; // keys (or free text) of the speakers behind it, sorted
    bool accepted = true;      // false: only a proposal, not yet decided by the core group
    int64_t sub_theme_id = 0;  // tactical: the sub-theme it belongs to (0: directly under the domain)
    // Evidence: contributions behind it (strategic: the whole domain's), their hearings' dates,
    // and where disciplines disagree among them.
    int contributions = 0;
    std::vector<std::string> hearing_dates;
    std::vector<ObjectiveDissent> dissent;
    int64_t id = 0;            // the stored objective's id (0 from a source without one)
    std::vector<int64_t> hearing_ids; // the hearings its evidence (linked notes) comes from, ascending
    std::vector<Action> actions;      // tactical: the operational level, in order (BuildPlanDocument fills it)
};

class ObjectiveSource {
public:
    virtual ~ObjectiveSource() = default;
    // The domain's objectives: strategic ones first (0..n), then tactical ones in board order.
    virtual std::vector<PlanObjective> Objectives(PlanStore& store, int64_t theme_id) = 0;
};

// Objectives from the board (ObjectiveStore), with the disciplines of the speakers of their notes.
class StoreObjectiveSource : public ObjectiveSource {
public:
    std::vector<PlanObjective> Objectives(PlanStore& store, int64_t theme_id) override;
};

struct DomainDocument {
    int64_t theme_id = 0;
    std::string title;
    std::string context; // contextualisering: where the domain stands, figures, earlier work
    std::string problem;
    bool supporting = false; // a domain without a hearing (supporting projects)
    int hearings = 0;        // summary of inputs
    int contributions = 0;
    std::vector<std::string> input_disciplines; // keys of the disciplines heard, sorted
    std::vector<PlanObjective> strategic;       // 0..n
    std::vector<SubTheme> sub_themes;           // with justification; tactical objectives point at them
    std::vector<PlanObjective> tactical;
    std::optional<ForumCommentary> commentary;
    std::vector<ForumReaction> reactions;
    std::vector<Indicator> indicators; // the local safety diagnosis's figures for this domain
    std::vector<SwotItem> swot; // the domain's SWOT, quadrant by quadrant
};

// Counts of tactical objectives per link of the safety chain (kAllSafetyChains order: pro-action,
// prevention, preparation, repression, aftercare) and per reactive kind (kAllReactiveKinds order).
struct CoverageRow {
    int64_t theme_id = 0;
    std::string domain;
    std::array<int, 5> counts{};
    std::array<int, 3> reactive{};
    int unassigned = 0; // objectives without a dimension
    bool gap = false;   // no objectives, or none pro-active or preventive (only reacting after the fact)
};

// A hearing whose minutes an objective's evidence comes from, for the plan's annex of minutes.
struct HearingReference {
    int64_t hearing_id = 0;
    std::string domain; // the hearing's theme
    std::string date, location;
    MinutesReview review; // approved (by whom, when) or not yet
};

struct PlanSection {
    std::string key; // one of kPlanSectionKeys
    std::string text;
};

struct PlanDocument {
    std::string plan_name, city;
    int period_start = 0, period_end = 0;
    std::vector<PlanSection> sections; // every key of kPlanSectionKeys, in order (text may be empty)
    std::vector<DomainDocument> domains;
    std::vector<CoverageRow> coverage;
    CoverageRow balance; // the plan's totals over all domains: the seeds' balance principle at a glance
    std::vector<Phase> phases;
    std::vector<CoreMember> core_group;
    std::vector<Indicator> city_indicators; // figures of the whole city (no domain)
    std::vector<HearingReference> hearings; // every hearing some objective cites, by id
};

// [SECTION] Building
struct DocumentSources {
    MinutesSource* minutes = nullptr;      // null: StoreMinutesSource
    ObjectiveSource* objectives = nullptr; // null: StoreObjectiveSource
};
MinutesSource& DefaultMinutesSource();
ObjectiveSource& DefaultObjectiveSource();

// `discipline_label` turns a discipline key into its shown name (translation); identity when null.
struct DocumentOptions {
    DocumentSources sources;
    std::function<std::string(const std::string&)> discipline_label;
};

// Throws InputError when the hearing does not exist.
MinutesDocument BuildMinutesDocument(PlanStore& store, int64_t hearing_id, const DocumentOptions& options = {});
PlanDocument BuildPlanDocument(PlanStore& store, const DocumentOptions& options = {});
CoverageRow ComputeCoverage(const DomainDocument& domain);

} // namespace hd
