// The one JSON writer: rapidjson's Writer underneath, for every JSON text we produce (transcript
// files, settings, `hearingctl cluster` and `merge` output). Strings are escaped by rapidjson
// (quotes, backslashes, control characters); UTF-8 passes through unchanged. Reading stays with
// cereal's archives and rapidjson's Document (core/transcript, core/base/settings).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hd {

class JsonWriter {
public:
    enum class Layout {
        Compact,  // one line, no spaces: output for scripts
        Indented, // four spaces per level: files a person may open
    };
    explicit JsonWriter(Layout layout = Layout::Compact);
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    JsonWriter& BeginObject();
    JsonWriter& EndObject();
    JsonWriter& BeginArray();
    JsonWriter& EndArray();
    JsonWriter& Key(std::string_view key);
    JsonWriter& String(std::string_view value);
    JsonWriter& Int(int64_t value);
    JsonWriter& Bool(bool value);
    // A number already written as decimal digits (e.g. a line number kept as text); refused unless
    // it is one, so the output stays valid JSON.
    JsonWriter& Number(std::string_view digits);

    // Shorthands for a member: Key(key) then the value.
    JsonWriter& Member(std::string_view key, std::string_view value) { return Key(key).String(value); }
    JsonWriter& Member(std::string_view key, const char* value) { return Key(key).String(value); }
    JsonWriter& Member(std::string_view key, int64_t value) { return Key(key).Int(value); }
    JsonWriter& Member(std::string_view key, int value) { return Key(key).Int(value); }
    JsonWriter& Member(std::string_view key, bool value) { return Key(key).Bool(value); }
    JsonWriter& Member(std::string_view key, const std::vector<std::string>& values);

    // The text written so far; complete once every object and array is closed.
    std::string Text() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

struct LabeledGroup {
    std::string label;
    std::vector<std::string> members; // ids as given in the input
};

// The JSON shape `hearingctl cluster --format json` prints:
// {"clusters":[{"label":"...","members":["id",...]}]} on one line, no spaces.
std::string ClustersToJson(const std::vector<LabeledGroup>& groups);

} // namespace hd
