// Domain model of Hearing Desk: plain structs, no behaviour beyond naming.
// Words follow how Flemish cities run an integral safety plan: a Plan has Themes (domains), each
// Theme has one or more Hearings (focus groups) where two Reporters take Notes on what Participants say.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hd {

// [SECTION] Plan and its process phases
enum class PhaseStatus { Planned, Active, Done };

struct Phase {
    int64_t id = 0;
    std::string key;   // stable machine key: inputs, hearings, first_draft, forum, final_editing, decision, publication
    std::string title; // shown title, in the plan's language
    std::string start_date; // ISO yyyy-mm-dd or empty
    std::string end_date;
    PhaseStatus status = PhaseStatus::Planned;
    int position = 0;
};

struct Plan {
    std::string uuid;
    std::string name;
    std::string city;
    int period_start = 0; // e.g. 2008
    int period_end = 0;   // e.g. 2013
    std::vector<Phase> phases;
};

// [SECTION] Themes (domains) and their guiding questions
struct Question {
    int64_t id = 0;
    int64_t theme_id = 0;
    int position = 0;
    std::string text;
    int budget_minutes = 15; // time budget the moderator plans for this question
};

struct Theme {
    int64_t id = 0;
    int position = 0;
    std::string title;
    std::string problem_statement;
    std::string context;
    bool supporting = false; // a domain without a hearing (the seeds' "ondersteunende projecten")
    std::vector<Question> questions;
};

// A sub-theme (deelthema) of a domain with its justification (verantwoording); tactical objectives
// may be grouped under one.
struct SubTheme {
    int64_t id = 0;
    int64_t theme_id = 0;
    int position = 0;
    std::string title;
    std::string justification;
};

// The plan-level sections of the seeds' plans, in document order: the introduction (history of the
// plan, what "safety" means here, status with respect to other plans) and vision and principles.
inline constexpr std::string_view kPlanSectionKeys[] = {"history", "safety_meaning", "plan_status", "vision",
                                                        "principles"};

// [SECTION] Participants
struct Participant {
    int64_t id = 0;
    std::string uuid; // stable across laptops, used in transcript exchange
    std::string name; // optional: empty when the person is only known by discipline
    std::string organisation;
    std::string discipline; // police, prosecutor, street_work, youth_work, housing, shopkeepers, welfare, city_services, ...
    bool consent_named = false; // without consent, exports always anonymise
};

// [SECTION] Hearings
enum class HearingStatus { Planned, Running, Closed };

struct Hearing {
    int64_t id = 0;
    std::string uuid;
    int64_t theme_id = 0;
    std::string date;     // ISO yyyy-mm-dd
    std::string location;
    std::string moderator;
    HearingStatus status = HearingStatus::Planned;
    std::string reporter_a; // name of reporter A
    std::string reporter_b;
    std::vector<int64_t> participant_ids; // participants present
    // Hearing clock: the clock runs while status is Running. Offsets of notes are measured on it.
    int64_t clock_started_wall_ms = 0; // wall time when the clock was (re)started, 0 when stopped
    int64_t clock_accumulated_ms = 0;  // time counted before the last start
    int current_question = 0;          // index into the theme's questions
    int64_t question_started_offset_ms = 0; // hearing-clock offset when the current question began
    // Read only (never written by UpdateHearing): the core group approved the minutes, which closes
    // the hearing for notes until they reopen them (ReviewStore::Approve / Reopen).
    bool minutes_approved = false;
    bool ClosedForNotes() const { return minutes_approved; }
    // The hearing clock runs (notes get distinct hearing times); when false, times stand still.
    bool ClockRunning() const { return clock_started_wall_ms > 0; }
};

// [SECTION] Notes
enum class NoteKind { Problem, Cause, Proposal, Question, Quote, Other };
// The links of the safety chain (veiligheidsketen): pro-actie, preventie, preparatie, repressie,
// nazorg. `Reactive` is the repression link (its stored key "reactive" predates the five links).
enum class SafetyChain { None, ProActive, Preventive, Preparation, Reactive, Aftercare };
// How the reactive side responds (Mechelen's balance: sanctioning, constructive, restorative).
enum class ReactiveKind { None, Sanctioning, Constructive, Restorative };

struct Note {
    std::string uuid; // globally unique: notes typed on different laptops never clash
    int64_t hearing_id = 0;
    char reporter = 'A'; // 'A' or 'B'
    int64_t seq = 0;     // per hearing and reporter, 1-based, in the order the reporter committed them
    int64_t offset_ms = 0;    // on the hearing clock
    int64_t wall_time_ms = 0; // unix time in ms on the reporter's laptop
    int64_t speaker_id = 0;   // participant id, 0 = unknown speaker
    std::string text;
    NoteKind kind = NoteKind::Other;
    SafetyChain chain = SafetyChain::None;
    bool deleted = false;
    int version = 1; // bumped on each edit or deletion; earlier versions are kept as NoteRevision
};

// One earlier (or the current) state of a note: edits and deletions never overwrite history.
struct NoteRevision {
    std::string note_uuid;
    int version = 1;
    std::string text;
    NoteKind kind = NoteKind::Other;
    SafetyChain chain = SafetyChain::None;
    int64_t speaker_id = 0;
    bool deleted = false;
    int64_t changed_at_ms = 0;
    std::string changed_by;
};

// [SECTION] Enum <-> stable string keys (used in the database, transcripts and exports)
std::string_view ToKey(PhaseStatus v);
std::string_view ToKey(HearingStatus v);
std::string_view ToKey(NoteKind v);
std::string_view ToKey(SafetyChain v);
std::string_view ToKey(ReactiveKind v);
std::optional<PhaseStatus> PhaseStatusFromKey(std::string_view key);
std::optional<HearingStatus> HearingStatusFromKey(std::string_view key);
std::optional<NoteKind> NoteKindFromKey(std::string_view key);
std::optional<SafetyChain> SafetyChainFromKey(std::string_view key);
std::optional<ReactiveKind> ReactiveKindFromKey(std::string_view key);

inline constexpr NoteKind kAllNoteKinds[] = {NoteKind::Problem, NoteKind::Cause, NoteKind::Proposal,
                                             NoteKind::Question, NoteKind::Quote, NoteKind::Other};
inline constexpr SafetyChain kAllSafetyChains[] = {SafetyChain::ProActive, SafetyChain::Preventive,
                                                   SafetyChain::Preparation, SafetyChain::Reactive,
                                                   SafetyChain::Aftercare};
inline constexpr ReactiveKind kAllReactiveKinds[] = {ReactiveKind::Sanctioning, ReactiveKind::Constructive,
                                                     ReactiveKind::Restorative};
// Only the reactive side (repression, aftercare) has a reactive kind.
inline bool HasReactiveKind(SafetyChain c) { return c == SafetyChain::Reactive || c == SafetyChain::Aftercare; }

// The standard process phases of an integral safety plan, in order (keys only; titles are translated).
inline constexpr std::string_view kStandardPhaseKeys[] = {"inputs",         "hearings", "first_draft",
                                                         "forum",          "final_editing",
                                                         "decision",       "publication"};

// The disciplines the app knows by key (free text is allowed too; these get translated names).
inline constexpr std::string_view kKnownDisciplines[] = {
    "police", "prosecutor", "street_work", "youth_work", "housing", "shopkeepers",
    "welfare", "city_services", "prevention", "health", "education", "residents"};

} // namespace hd
