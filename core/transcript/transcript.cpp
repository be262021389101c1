// [SECTION] index
//   Serialisation (cereal)
//   Files: size, binary, UTF-8
//   JSON: syntax, format/version, schema, values
//   Export from the store
//   Import into the store (one transaction)
#include "core/transcript/transcript.h"

#include <cereal/archives/json.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
// After cereal: it configures rapidjson (assertions throw) before including it.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "core/store/db.h"
#include "core/base/error_detail.h"
#include "core/base/errors.h"
#include "core/base/json_guard.h"
#include "core/store/store.h"
#include "core/base/json_writer.h"
#include "core/base/utf8.h"
#include "core/base/uuid.h"

namespace hd {

// [SECTION] Serialisation
// Nested objects of the file format; the in-memory Transcript stays flat.
namespace {
struct PlanRef {
    std::string uuid, name;
    template <class Archive> void serialize(Archive& ar) { ar(cereal::make_nvp("uuid", uuid), cereal::make_nvp("name", name)); }
};
struct HearingRef {
    std::string uuid, theme_title, date;
    template <class Archive> void serialize(Archive& ar) {
        ar(cereal::make_nvp("uuid", uuid), cereal::make_nvp("theme_title", theme_title), cereal::make_nvp("date", date));
    }
};
struct ReporterRef {
    std::string letter, name;
    template <class Archive> void serialize(Archive& ar) { ar(cereal::make_nvp("letter", letter), cereal::make_nvp("name", name)); }
};
} // namespace

template <class Archive> void serialize(Archive& ar, TranscriptParticipant& p) {
    ar(cereal::make_nvp("uuid", p.uuid), cereal::make_nvp("name", p.name), cereal::make_nvp("discipline", p.discipline),
       cereal::make_nvp("organisation", p.organisation));
}

template <class Archive> void serialize(Archive& ar, TranscriptRevision& r) {
    ar(cereal::make_nvp("version", r.version), cereal::make_nvp("text", r.text), cereal::make_nvp("kind", r.kind),
       cereal::make_nvp("chain", r.chain), cereal::make_nvp("speaker_uuid", r.speaker_uuid),
       cereal::make_nvp("deleted", r.deleted), cereal::make_nvp("changed_at_ms", r.changed_at_ms),
       cereal::make_nvp("changed_by", r.changed_by));
}

template <class Archive> void serialize(Archive& ar, TranscriptNote& n) {
    ar(cereal::make_nvp("uuid", n.uuid), cereal::make_nvp("seq", n.seq), cereal::make_nvp("offset_ms", n.offset_ms),
       cereal::make_nvp("wall_time_ms", n.wall_time_ms), cereal::make_nvp("speaker_uuid", n.speaker_uuid),
       cereal::make_nvp("kind", n.kind), cereal::make_nvp("chain", n.chain), cereal::make_nvp("text", n.text),
       cereal::make_nvp("deleted", n.deleted), cereal::make_nvp("version", n.version), cereal::make_nvp("history", n.history));
}

namespace {
template <class Archive> void SerializeTranscript(Archive& ar, Transcript& t) {
    PlanRef plan{t.plan_uuid, t.plan_name};
    HearingRef hearing{t.hearing_uuid, t.theme_title, t.hearing_date};
    ReporterRef reporter{t.reporter, t.reporter_name};
    ar(cereal::make_nvp("format", t.format), cereal::make_nvp("version", t.version),
       cereal::make_nvp("exported_at_ms", t.exported_at_ms), cereal::make_nvp("plan", plan), cereal::make_nvp("hearing", hearing),
       cereal::make_nvp("reporter", reporter), cereal::make_nvp("participants", t.participants), cereal::make_nvp("notes", t.notes));
    t.plan_uuid = plan.uuid, t.plan_name = plan.name;
    t.hearing_uuid = hearing.uuid, t.theme_title = hearing.theme_title, t.hearing_date = hearing.date;
    t.reporter = reporter.letter, t.reporter_name = reporter.name;
}
} // namespace

// Written field by field in the order the reader's serialize functions above name them.
namespace {
void WriteRevision(JsonWriter& w, const TranscriptRevision& r) {
    w.BeginObject().Member("version", r.version).Member("text", r.text).Member("kind", r.kind).Member("chain", r.chain);
    w.Member("speaker_uuid", r.speaker_uuid).Member("deleted", r.deleted).Member("changed_at_ms", r.changed_at_ms);
    w.Member("changed_by", r.changed_by).EndObject();
}

void WriteNote(JsonWriter& w, const TranscriptNote& n) {
    w.BeginObject().Member("uuid", n.uuid).Member("seq", n.seq).Member("offset_ms", n.offset_ms);
    w.Member("wall_time_ms", n.wall_time_ms).Member("speaker_uuid", n.speaker_uuid).Member("kind", n.kind);
    w.Member("chain", n.chain).Member("text", n.text).Member("deleted", n.deleted).Member("version", n.version);
    w.Key("history").BeginArray();
    for (const TranscriptRevision& r : n.history) WriteRevision(w, r);
    w.EndArray().EndObject();
}
} // namespace

std::string WriteTranscriptJson(const Transcript& t) {
    JsonWriter w(JsonWriter::Layout::Indented);
    w.BeginObject().Member("format", t.format).Member("version", t.version).Member("exported_at_ms", t.exported_at_ms);
    w.Key("plan").BeginObject().Member("uuid", t.plan_uuid).Member("name", t.plan_name).EndObject();
    w.Key("hearing").BeginObject().Member("uuid", t.hearing_uuid).Member("theme_title", t.theme_title);
    w.Member("date", t.hearing_date).EndObject();
    w.Key("reporter").BeginObject().Member("letter", t.reporter).Member("name", t.reporter_name).EndObject();
    w.Key("participants").BeginArray();
    for (const TranscriptParticipant& p : t.participants)
        w.BeginObject().Member("uuid", p.uuid).Member("name", p.name).Member("discipline", p.discipline)
            .Member("organisation", p.organisation).EndObject();
    w.EndArray().Key("notes").BeginArray();
    for (const TranscriptNote& n : t.notes) WriteNote(w, n);
    w.EndArray().EndObject();
    return w.Text() + "\n";
}

// [SECTION] Files
LineColumn LineColumnAt(std::string_view text, size_t offset) {
    LineColumn lc;
    offset = std::min(offset, text.size());
    for (size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') ++lc.line, lc.column = 1;
        else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++lc.column;
    }
    return lc;
}

uint64_t CheckImportFile(const std::string& path, const ReadFileOptions& options) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw InputError("merge.file_missing", "There is no file at " + path + "; nothing was imported.", {path});
    uint64_t size = std::filesystem::file_size(path, ec);
    if (ec) throw InputError("merge.file_unreadable", "Could not read " + path + ": " + ec.message(), {path, OsErrorArg(ec)});
    if (size > options.max_bytes) {
        std::string mb = MegabytesRoundedUp(size), max_mb = MegabytesRoundedDown(options.max_bytes);
        throw InputError("merge.file_too_big",
                         "The file " + path + " is too big (" + mb + " MB; at most " + max_mb +
                             " MB). Is it really a transcript? Nothing was imported.",
                         {path, mb, max_mb});
    }
    return size;
}

std::string ReadImportFile(const std::string& path, const ReadFileOptions& options) {
    uint64_t size = CheckImportFile(path, options);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        int err = errno;
        throw InputError("merge.file_unreadable", "Could not read " + path + ": " + OsErrorEnglish(err), {path, OsErrorArg(err)});
    }
    std::string content(static_cast<size_t>(size), '\0');
    in.read(content.data(), static_cast<std::streamsize>(size));
    content.resize(static_cast<size_t>(in.gcount()));
    size_t nul = content.find('\0');
    if (nul != std::string::npos) {
        std::string line = std::to_string(LineColumnAt(content, nul).line);
        throw InputError("merge.binary_file",
                         "The file " + path + " is not a text file (binary data at line " + line + "); nothing was imported.",
                         {path, line});
    }
    size_t bad = FindInvalidUtf8(content);
    if (bad != std::string::npos) {
        LineColumn lc = LineColumnAt(content, bad);
        throw InputError("merge.invalid_utf8_line",
                         "The file " + path + " is not valid UTF-8 at line " + std::to_string(lc.line) + ", column " +
                             std::to_string(lc.column) + ". Save it as UTF-8 and try again; nothing was imported.",
                         {path, std::to_string(lc.line), std::to_string(lc.column)});
    }
    if (content.compare(0, 3, "\xEF\xBB\xBF") == 0) content.erase(0, 3);
    return content;
}

// [SECTION] JSON checks
namespace {
enum class Kind { String, Int, Bool, Object, Array };

// The problem "expected <kind>": its translation key and English text.
struct Problem {
    const char* key;
    std::string english;
    std::vector<std::string> args = {};
};

Problem Expected(Kind k) {
    switch (k) {
    case Kind::String: return {"merge.field.expected_text", "expected text"};
    case Kind::Int: return {"merge.field.expected_whole_number", "expected whole number"};
    case Kind::Bool: return {"merge.field.expected_true_false", "expected true/false"};
    case Kind::Object: return {"merge.field.expected_object", "expected object"};
    case Kind::Array: return {"merge.field.expected_list", "expected list"};
    }
    return {"merge.field.expected_text", "expected text"};
}

bool IsKind(const rapidjson::Value& v, Kind k) {
    switch (k) {
    case Kind::String: return v.IsString();
    case Kind::Int: return v.IsInt64();
    case Kind::Bool: return v.IsBool();
    case Kind::Object: return v.IsObject();
    case Kind::Array: return v.IsArray();
    }
    return false;
}

// The problem is a translated text of its own (TrArg), so a Dutch message has no English piece.
[[noreturn]] void FieldError(const std::string& source, const std::string& field, const Problem& problem) {
    throw InputError("merge.json_field",
                     "The transcript " + source + " has a bad field " + field + ": " + problem.english + ". Nothing was imported.",
                     {source, field, TrArg(problem.key, problem.args)});
}

const rapidjson::Value& Require(const rapidjson::Value& obj, const char* name, Kind kind, const std::string& path,
                                const std::string& source) {
    std::string field = path.empty() ? std::string(name) : path + "." + name;
    auto it = obj.FindMember(name);
    if (it == obj.MemberEnd()) FieldError(source, field, {"merge.field.missing", "missing"});
    if (!IsKind(it->value, kind)) FieldError(source, field, Expected(kind));
    return it->value;
}

// The whole schema, checked before cereal reads it, so a message can name the exact field.
void CheckSchema(const rapidjson::Value& root, const std::string& src) {
    const auto& plan = Require(root, "plan", Kind::Object, "", src);
    Require(plan, "uuid", Kind::String, "plan", src);
    Require(plan, "name", Kind::String, "plan", src);
    const auto& hearing = Require(root, "hearing", Kind::Object, "", src);
    for (const char* f : {"uuid", "theme_title", "date"}) Require(hearing, f, Kind::String, "hearing", src);
    const auto& reporter = Require(root, "reporter", Kind::Object, "", src);
    Require(reporter, "letter", Kind::String, "reporter", src);
    Require(reporter, "name", Kind::String, "reporter", src);
    Require(root, "exported_at_ms", Kind::Int, "", src);
    const auto& participants = Require(root, "participants", Kind::Array, "", src);
    for (rapidjson::SizeType i = 0; i < participants.Size(); ++i) {
        std::string path = "participants[" + std::to_string(i) + "]";
        if (!participants[i].IsObject()) FieldError(src, path, Expected(Kind::Object));
        for (const char* f : {"uuid", "name", "discipline", "organisation"}) Require(participants[i], f, Kind::String, path, src);
    }
    const auto& notes = Require(root, "notes", Kind::Array, "", src);
    for (rapidjson::SizeType i = 0; i < notes.Size(); ++i) {
        std::string path = "notes[" + std::to_string(i) + "]";
        const auto& n = notes[i];
        if (!n.IsObject()) FieldError(src, path, Expected(Kind::Object));
        for (const char* f : {"uuid", "speaker_uuid", "kind", "chain", "text"}) Require(n, f, Kind::String, path, src);
        for (const char* f : {"seq", "offset_ms", "wall_time_ms", "version"}) Require(n, f, Kind::Int, path, src);
        Require(n, "deleted", Kind::Bool, path, src);
        const auto& history = Require(n, "history", Kind::Array, path, src);
        for (rapidjson::SizeType k = 0; k < history.Size(); ++k) {
            std::string hpath = path + ".history[" + std::to_string(k) + "]";
            const auto& h = history[k];
            if (!h.IsObject()) FieldError(src, hpath, Expected(Kind::Object));
            for (const char* f : {"text", "kind", "chain", "speaker_uuid", "changed_by"}) Require(h, f, Kind::String, hpath, src);
            for (const char* f : {"version", "changed_at_ms"}) Require(h, f, Kind::Int, hpath, src);
            Require(h, "deleted", Kind::Bool, hpath, src);
        }
    }
}

// rapidjson's parse errors in the user's language: its own texts are English only.
Problem SyntaxProblem(rapidjson::ParseErrorCode code) {
    std::string english = rapidjson::GetParseError_En(code);
    switch (code) {
    case rapidjson::kParseErrorDocumentEmpty: return {"json.err.empty", english};
    case rapidjson::kParseErrorDocumentRootNotSingular: return {"json.err.root_not_singular", english};
    case rapidjson::kParseErrorValueInvalid: return {"json.err.value_invalid", english};
    case rapidjson::kParseErrorObjectMissName: return {"json.err.object_miss_name", english};
    case rapidjson::kParseErrorObjectMissColon: return {"json.err.object_miss_colon", english};
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket: return {"json.err.object_miss_comma", english};
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket: return {"json.err.array_miss_comma", english};
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex: return {"json.err.unicode_escape", english};
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid: return {"json.err.surrogate", english};
    case rapidjson::kParseErrorStringEscapeInvalid: return {"json.err.escape", english};
    case rapidjson::kParseErrorStringMissQuotationMark: return {"json.err.miss_quote", english};
    case rapidjson::kParseErrorStringInvalidEncoding: return {"json.err.encoding", english};
    case rapidjson::kParseErrorNumberTooBig: return {"json.err.number_too_big", english};
    case rapidjson::kParseErrorNumberMissFraction: return {"json.err.number_miss_fraction", english};
    case rapidjson::kParseErrorNumberMissExponent: return {"json.err.number_miss_exponent", english};
    case rapidjson::kParseErrorTermination: return {"json.err.termination", english};
    default: return {"json.err.other", english};
    }
}

[[noreturn]] void ThrowJsonSyntax(const std::string& source, const Problem& what, LineColumn lc) {
    throw InputError("merge.json_syntax",
                     "The transcript " + source + " is not valid JSON: " + what.english + " (line " + std::to_string(lc.line) +
                         ", column " + std::to_string(lc.column) + "). Nothing was imported.",
                     {source, TrArg(what.key, what.args), std::to_string(lc.line), std::to_string(lc.column)});
}

void CheckNoteValues(const std::string& src, const std::string& path, const std::string& text, const std::string& kind,
                     const std::string& chain, const std::string& speaker_uuid,
                     const std::map<std::string, const TranscriptParticipant*>& participants) {
    if (!NoteKindFromKey(kind)) FieldError(src, path + ".kind", {"merge.field.unknown_kind", "unknown kind '" + kind + "'", {kind}});
    if (!SafetyChainFromKey(chain)) FieldError(src, path + ".chain", {"merge.field.unknown_chain", "unknown safety chain link '" + chain + "'", {chain}});
    if (text.size() > kMaxNoteBytes) FieldError(src, path + ".text", {"merge.field.too_long", "longer than 1 MB"});
    if (!speaker_uuid.empty() && !participants.count(speaker_uuid))
        FieldError(src, path + ".speaker_uuid", {"merge.field.unknown_speaker", "not one of the transcript's participants"});
}

// Values the schema cannot express: identities, keys, references, duplicates.
void CheckValues(const Transcript& t, const std::string& src) {
    if (t.reporter != "A" && t.reporter != "B") FieldError(src, "reporter.letter", {"merge.field.a_or_b", "must be \"A\" or \"B\""});
    if (!IsUuid(t.plan_uuid)) FieldError(src, "plan.uuid", {"merge.field.not_uuid", "not a UUID"});
    if (!IsUuid(t.hearing_uuid)) FieldError(src, "hearing.uuid", {"merge.field.not_uuid", "not a UUID"});
    std::map<std::string, const TranscriptParticipant*> participants;
    for (size_t i = 0; i < t.participants.size(); ++i) {
        const auto& p = t.participants[i];
        std::string path = "participants[" + std::to_string(i) + "]";
        if (!IsUuid(p.uuid)) FieldError(src, path + ".uuid", {"merge.field.not_uuid", "not a UUID"});
        if (!participants.emplace(p.uuid, &p).second) FieldError(src, path + ".uuid", {"merge.field.listed_twice", "listed twice"});
    }
    std::map<std::string, size_t> seen;
    for (size_t i = 0; i < t.notes.size(); ++i) {
        const auto& n = t.notes[i];
        std::string path = "notes[" + std::to_string(i) + "]";
        if (!IsUuid(n.uuid)) FieldError(src, path + ".uuid", {"merge.field.not_uuid", "not a UUID"});
        if (!seen.emplace(n.uuid, i).second) FieldError(src, path + ".uuid", {"merge.field.note_twice", "the same note appears twice"});
        if (n.offset_ms < 0) FieldError(src, path + ".offset_ms", {"merge.field.negative", "negative"});
        if (n.version < 1) FieldError(src, path + ".version", {"merge.field.at_least_one", "must be 1 or more"});
        CheckNoteValues(src, path, n.text, n.kind, n.chain, n.speaker_uuid, participants);
        for (size_t k = 0; k < n.history.size(); ++k) {
            const auto& h = n.history[k];
            std::string hpath = path + ".history[" + std::to_string(k) + "]";
            if (h.version < 1) FieldError(src, hpath + ".version", {"merge.field.at_least_one", "must be 1 or more"});
            CheckNoteValues(src, hpath, h.text, h.kind, h.chain, h.speaker_uuid, participants);
        }
    }
}
} // namespace

Transcript ParseTranscriptJson(std::string_view json, const std::string& source) {
    size_t bad = FindInvalidUtf8(json);
    if (bad != std::string::npos) {
        LineColumn lc = LineColumnAt(json, bad);
        throw InputError("merge.invalid_utf8_line",
                         "The file " + source + " is not valid UTF-8 at line " + std::to_string(lc.line) + ", column " +
                             std::to_string(lc.column) + ". Save it as UTF-8 and try again; nothing was imported.",
                         {source, std::to_string(lc.line), std::to_string(lc.column)});
    }
    // rapidjson 1.1 crashes on number literals of hundreds of digits (see core/json_guard.h).
    if (size_t at = FindOverlongJsonNumber(json); at != std::string::npos) {
        LineColumn lc = LineColumnAt(json, at);
        ThrowJsonSyntax(source, {"json.err.number_too_long", "a number is far too long"}, lc);
    }
    // rapidjson's reader recurses once per level: 200,000 '[' overflow the stack (issue 16).
    if (size_t at = FindExcessiveJsonNesting(json); at != std::string::npos) {
        LineColumn lc = LineColumnAt(json, at);
        throw InputError("merge.json_too_deep",
                         "The transcript " + source + " nests lists or objects more than " + std::to_string(kMaxJsonDepth) +
                             " levels deep (line " + std::to_string(lc.line) + ", column " + std::to_string(lc.column) +
                             "); a Hearing Desk transcript never does. Nothing was imported.",
                         {source, std::to_string(kMaxJsonDepth), std::to_string(lc.line), std::to_string(lc.column)});
    }
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseFullPrecisionFlag>(json.data(), json.size());
    if (doc.HasParseError()) {
        ThrowJsonSyntax(source, SyntaxProblem(doc.GetParseError()), LineColumnAt(json, doc.GetErrorOffset()));
    }
    if (!doc.IsObject()) FieldError(source, "(top)", Expected(Kind::Object));
    auto format = doc.FindMember("format");
    if (format == doc.MemberEnd() || !format->value.IsString() || std::string_view(format->value.GetString()) != kTranscriptFormat)
        throw InputError("merge.not_a_transcript",
                         "The file " + source + " is JSON but not a Hearing Desk transcript (no \"format\": \"" +
                             kTranscriptFormat + "\"). Nothing was imported.",
                         {source});
    auto version = doc.FindMember("version");
    if (version == doc.MemberEnd() || !version->value.IsInt()) FieldError(source, "version", Expected(Kind::Int));
    int v = version->value.GetInt();
    if (v > kTranscriptVersion)
        throw InputError("merge.newer_version",
                         "The transcript " + source + " was written by a newer Hearing Desk (transcript format version " +
                             std::to_string(v) + ", this program reads up to " + std::to_string(kTranscriptVersion) +
                             "). Update Hearing Desk to import it; nothing was imported.",
                         {source, std::to_string(v), std::to_string(kTranscriptVersion)});
    if (v < 1) FieldError(source, "version", {"merge.field.at_least_one", "must be 1 or more"});
    CheckSchema(doc, source);

    Transcript t;
    try {
        std::istringstream in{std::string(json)};
        cereal::JSONInputArchive ar(in);
        SerializeTranscript(ar, t);
    } catch (const cereal::Exception& e) {
        FieldError(source, "(unknown)", {"merge.field.unreadable", e.what(), {e.what()}}); // the schema check should have caught it first
    }
    CheckValues(t, source);
    return t;
}

Transcript LoadTranscriptFile(const std::string& path, const ReadFileOptions& options) {
    std::string content = ReadImportFile(path, options);
    return ParseTranscriptJson(content, std::filesystem::path(path).filename().string());
}

// [SECTION] Export
Transcript ExportTranscript(PlanStore& store, int64_t hearing_id, char reporter) {
    if (reporter != 'A' && reporter != 'B') throw UserError("err.bad_reporter", "A reporter is A or B.");
    auto hearing = store.GetHearing(hearing_id);
    if (!hearing)
        throw UserError("cli.no_such_hearing", "There is no hearing with id " + std::to_string(hearing_id) + " in this plan.",
                        {std::to_string(hearing_id)});
    Plan plan = store.GetPlan();
    auto theme = store.GetTheme(hearing->theme_id);
    Transcript t;
    t.exported_at_ms = NowWallMs();
    t.plan_uuid = plan.uuid;
    t.plan_name = plan.name;
    t.hearing_uuid = hearing->uuid;
    t.theme_title = theme ? theme->title : std::string();
    t.hearing_date = hearing->date;
    t.reporter = std::string(1, reporter);
    t.reporter_name = reporter == 'A' ? hearing->reporter_a : hearing->reporter_b;

    std::map<int64_t, Participant> by_id;
    for (Participant& p : store.ListParticipants()) by_id.emplace(p.id, std::move(p));
    std::vector<int64_t> referenced(hearing->participant_ids);
    auto uuid_of = [&](int64_t id) -> std::string {
        if (id <= 0 || !by_id.count(id)) return {};
        referenced.push_back(id);
        return by_id[id].uuid;
    };
    std::vector<Note> notes = store.ListNotes(hearing_id, reporter, true);
    std::sort(notes.begin(), notes.end(), [](const Note& x, const Note& y) { return x.seq < y.seq; });
    for (const Note& n : notes) {
        TranscriptNote tn;
        tn.uuid = n.uuid;
        tn.seq = n.seq;
        tn.offset_ms = n.offset_ms;
        tn.wall_time_ms = n.wall_time_ms;
        tn.speaker_uuid = uuid_of(n.speaker_id);
        tn.kind = std::string(ToKey(n.kind));
        tn.chain = std::string(ToKey(n.chain));
        tn.text = n.text;
        tn.deleted = n.deleted;
        tn.version = n.version;
        for (const NoteRevision& r : store.NoteHistory(n.uuid)) {
            TranscriptRevision tr;
            tr.version = r.version;
            tr.text = r.text;
            tr.kind = std::string(ToKey(r.kind));
            tr.chain = std::string(ToKey(r.chain));
            tr.speaker_uuid = uuid_of(r.speaker_id);
            tr.deleted = r.deleted;
            tr.changed_at_ms = r.changed_at_ms;
            tr.changed_by = r.changed_by;
            tn.history.push_back(std::move(tr));
        }
        t.notes.push_back(std::move(tn));
    }
    std::sort(referenced.begin(), referenced.end());
    referenced.erase(std::unique(referenced.begin(), referenced.end()), referenced.end());
    for (int64_t id : referenced) {
        if (!by_id.count(id)) continue;
        const Participant& p = by_id[id];
        t.participants.push_back({p.uuid, p.name, p.discipline, p.organisation});
    }
    return t;
}

// [SECTION] Import
namespace {
void BindSpeakerId(Statement& st, int index, int64_t id) {
    if (id > 0) st.Bind(index, id);
    else st.BindNull(index);
}

// One version of a note as stored or as a file has it, speakers as plan ids.
struct NoteState {
    int version = 1;
    std::string text, kind, chain;
    int64_t speaker_id = 0;
    bool deleted = false;
};

bool SameState(const NoteState& x, const NoteState& y) {
    return x.text == y.text && x.kind == y.kind && x.chain == y.chain && x.speaker_id == y.speaker_id && x.deleted == y.deleted;
}

// What the file says the note looked like at `version`: its current state or a history entry.
// Nothing when the file does not carry that version (a minimal file without history).
template <class SpeakerOf>
std::optional<NoteState> FileStateAt(const TranscriptNote& n, int version, SpeakerOf&& speaker) {
    if (n.version == version) return NoteState{version, n.text, n.kind, n.chain, speaker(n.speaker_uuid), n.deleted};
    for (const TranscriptRevision& r : n.history)
        if (r.version == version) return NoteState{version, r.text, r.kind, r.chain, speaker(r.speaker_uuid), r.deleted};
    return std::nullopt;
}

[[noreturn]] void ThrowImportConflict(const TranscriptNote& n, const NoteState& here) {
    std::string shown(Utf8Prefix(here.text, 60));
    if (shown.size() < here.text.size()) shown += "…";
    throw InputError("merge.import_conflict",
                     "The note \"" + shown + "\" was changed differently in this plan and in the transcript (both call it version " +
                         std::to_string(here.version) + ", note " + n.uuid +
                         "). Nothing was imported; settle the note with its reporter, then export and import again.",
                     {shown, std::to_string(here.version), n.uuid});
}

// Maps the transcript's participants to the plan's: by uuid, then by name, else a new participant.
std::map<std::string, int64_t> MapParticipants(PlanStore& store, Database& db, const Transcript& t, ImportResult& result) {
    std::vector<Participant> known = store.ListParticipants();
    std::map<std::string, int64_t> out;
    for (const TranscriptParticipant& tp : t.participants) {
        int64_t id = 0;
        for (const Participant& p : known)
            if (p.uuid == tp.uuid) id = p.id;
        if (!id && !Trim(tp.name).empty())
            for (const Participant& p : known)
                if (FoldForMatch(Trim(p.name)) == FoldForMatch(Trim(tp.name))) id = p.id;
        if (id) {
            ++result.participants_matched;
        } else {
            Statement st(db, "INSERT INTO participant(uuid, name, organisation, discipline, consent_named) VALUES(?, ?, ?, ?, 0)");
            st.Bind(1, tp.uuid).Bind(2, tp.name).Bind(3, tp.organisation).Bind(4, tp.discipline).Exec();
            id = db.LastInsertId();
            Participant added;
            added.id = id;
            added.uuid = tp.uuid;
            added.name = tp.name;
            known.push_back(added);
            ++result.participants_added;
        }
        out[tp.uuid] = id;
    }
    return out;
}
} // namespace

ImportResult ImportTranscript(PlanStore& store, int64_t hearing_id, const Transcript& t, const ImportOptions& options) {
    auto hearing = store.GetHearing(hearing_id);
    if (!hearing)
        throw UserError("cli.no_such_hearing", "There is no hearing with id " + std::to_string(hearing_id) + " in this plan.",
                        {std::to_string(hearing_id)});
    if (hearing->ClosedForNotes()) ThrowHearingClosed(); // approved minutes: refused before anything is read in
    Plan plan = store.GetPlan();
    if (!options.attach_anyway) {
        if (t.plan_uuid != plan.uuid)
            throw InputError("merge.other_plan",
                             "This transcript belongs to another plan (\"" + t.plan_name +
                                 "\"), not to this one; nothing was imported. Choose 'attach anyway' to import it into this "
                                 "hearing all the same.",
                             {t.plan_name});
        if (t.hearing_uuid != hearing->uuid)
            throw InputError("merge.other_hearing",
                             "This transcript belongs to another hearing (" + t.theme_title + ", " + t.hearing_date +
                                 "), not to the selected one; nothing was imported. Choose 'attach anyway' to import it "
                                 "into this hearing all the same.",
                             {t.theme_title, t.hearing_date});
    }
    char reporter = t.reporter == "B" ? 'B' : 'A';
    ImportResult result;
    Database& db = store.Db();
    Transaction tx(db);
    std::map<std::string, int64_t> speaker_ids = MapParticipants(store, db, t, result);
    auto speaker = [&](const std::string& uuid) -> int64_t {
        auto it = speaker_ids.find(uuid);
        return it == speaker_ids.end() ? 0 : it->second;
    };
    for (const auto& [uuid, id] : speaker_ids) {
        (void)uuid;
        Statement st(db, "INSERT OR IGNORE INTO hearing_participant(hearing_id, participant_id) VALUES(?, ?)");
        st.Bind(1, hearing_id).Bind(2, id).Exec();
    }
    Statement stored_note(db, "SELECT version, text, kind, chain, speaker_id, deleted FROM note WHERE uuid = ?");
    Statement insert(db, "INSERT INTO note(uuid, hearing_id, reporter, seq, offset_ms, wall_time_ms, speaker_id, text, kind, "
                         "chain, deleted, version) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement update(db, "UPDATE note SET text = ?, kind = ?, chain = ?, speaker_id = ?, deleted = ?, version = ? WHERE uuid = ?");
    Statement revision(db, "INSERT OR IGNORE INTO note_revision(note_uuid, version, text, kind, chain, speaker_id, deleted, "
                           "changed_at_ms, changed_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto add_history = [&](const TranscriptNote& n) {
        std::vector<TranscriptRevision> history = n.history;
        bool has_current = false;
        for (const TranscriptRevision& r : history) has_current = has_current || r.version == n.version;
        if (!has_current) // a minimal file: its current state is the only version we know
            history.push_back({n.version, n.text, n.kind, n.chain, n.speaker_uuid, n.deleted, n.wall_time_ms, t.reporter_name});
        for (const TranscriptRevision& r : history) {
            revision.Reset();
            revision.Bind(1, n.uuid).Bind(2, r.version).Bind(3, r.text).Bind(4, r.kind).Bind(5, r.chain);
            BindSpeakerId(revision, 6, speaker(r.speaker_uuid));
            revision.Bind(7, r.deleted ? 1 : 0).Bind(8, r.changed_at_ms).Bind(9, r.changed_by).Exec();
        }
    };
    for (const TranscriptNote& n : t.notes) {
        stored_note.Reset();
        stored_note.Bind(1, n.uuid);
        if (!stored_note.Step()) {
            insert.Reset();
            insert.Bind(1, n.uuid).Bind(2, hearing_id).Bind(3, std::string_view(&reporter, 1)).Bind(4, n.seq).Bind(5, n.offset_ms);
            insert.Bind(6, n.wall_time_ms);
            BindSpeakerId(insert, 7, speaker(n.speaker_uuid));
            insert.Bind(8, n.text).Bind(9, n.kind).Bind(10, n.chain).Bind(11, n.deleted ? 1 : 0).Bind(12, n.version).Exec();
            add_history(n);
            ++result.notes_added;
            continue;
        }
        // The note is here already. A newer version in the file (edited or deleted after the last
        // import) replaces it and brings its history; an older one changes nothing. Both sides
        // having changed the same version differently is a conflict nobody may settle silently.
        NoteState here{static_cast<int>(stored_note.Int(0)), stored_note.Text(1), stored_note.Text(2), stored_note.Text(3),
                       stored_note.IsNull(4) ? 0 : stored_note.Int(4), stored_note.Int(5) != 0};
        if (n.version < here.version) {
            ++result.notes_older_kept;
            continue;
        }
        std::optional<NoteState> theirs = FileStateAt(n, here.version, speaker);
        if (theirs && !SameState(*theirs, here)) ThrowImportConflict(n, here);
        if (n.version == here.version) {
            ++result.notes_already_present;
            continue;
        }
        update.Reset();
        update.Bind(1, n.text).Bind(2, n.kind).Bind(3, n.chain);
        BindSpeakerId(update, 4, speaker(n.speaker_uuid));
        update.Bind(5, n.deleted ? 1 : 0).Bind(6, n.version).Bind(7, n.uuid).Exec();
        add_history(n);
        ++result.notes_updated;
    }
    tx.Commit();
    return result;
}

std::vector<MergeNote> ToMergeNotes(const Transcript& t) {
    std::map<std::string, std::string> names;
    for (const auto& p : t.participants) names[p.uuid] = p.name.empty() ? p.discipline : p.name;
    std::vector<const TranscriptNote*> live;
    for (const auto& n : t.notes)
        if (!n.deleted) live.push_back(&n);
    std::stable_sort(live.begin(), live.end(), [](const TranscriptNote* x, const TranscriptNote* y) { return x->seq < y->seq; });
    std::vector<MergeNote> out;
    for (const TranscriptNote* n : live) {
        auto it = names.find(n->speaker_uuid);
        out.push_back({n->uuid, n->offset_ms, it == names.end() ? std::string() : it->second, n->text});
    }
    return out;
}

} // namespace hd
