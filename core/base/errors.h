// Small exception types. Core code throws them; the CLI and the GUI catch them where a user action
// starts and show Translate(key, args) in the user's language. what() is the English message.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace hd {

// An argument of a message that is itself translated: a problem named inside a message ("expected
// whole number"), a JSON parser's error, an operating system's error. `args` fill the nested text's
// placeholders. Translator::Message and Format translate it in the user's language at display time
// (the language may change between the throw and the display); what() carries the English.
// Encoded as ESC key (US arg)*: control characters that text we show never contains.
inline std::string TrArg(const std::string& key, const std::vector<std::string>& args = {}) {
    std::string out = "\x1b" + key;
    for (const std::string& a : args) out += "\x1f" + a;
    return out;
}

// Base of all errors a user can be told about. `key` names a translation (assets/lang/*.tsv),
// `args` fill its {0}, {1}, ... placeholders.
class UserError : public std::runtime_error {
public:
    UserError(std::string key, std::string english, std::vector<std::string> args = {})
        : std::runtime_error(std::move(english)), m_key(std::move(key)), m_args(std::move(args)) {}
    const std::string& Key() const { return m_key; }
    const std::vector<std::string>& Args() const { return m_args; }

private:
    std::string m_key;
    std::vector<std::string> m_args;
};

// The plan file could not be opened, read or written (locked, read-only, corrupt, newer version).
class StoreError : public UserError {
public:
    using UserError::UserError;
};

// Input from outside (a transcript, a CSV, a settings file) is malformed.
class InputError : public UserError {
public:
    using UserError::UserError;
};

} // namespace hd
