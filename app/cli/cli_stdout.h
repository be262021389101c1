// Standard output that failed (a full disk behind "> file", /dev/full) must not end in exit 0 with
// a cut-off file (issue 16). std::cout is pointed at a buffer that writes file descriptor 1 itself,
// so the errno of the first failed write is kept (stdio loses it), and every command's output is
// checked once the command has finished.
#pragma once
#include <streambuf>
#include <string>
#include <vector>

namespace hd::cli {

class StdoutBuffer : public std::streambuf {
public:
    StdoutBuffer();
    ~StdoutBuffer() override;
    StdoutBuffer(const StdoutBuffer&) = delete;
    StdoutBuffer& operator=(const StdoutBuffer&) = delete;
    int FirstError() const { return m_error; } // errno of the first failed write, 0 when none

protected:
    int_type overflow(int_type c) override;
    int sync() override;

private:
    bool WriteAll(const char* data, size_t size);
    std::vector<char> m_buffer;
    std::streambuf* m_previous = nullptr;
    int m_error = 0;
};

// Flushes std::cout. Returns "" when everything written reached its destination, else the message
// for the user in their language (the disk-full message when the disk is full).
std::string FinishStdout(const StdoutBuffer& buffer);

} // namespace hd::cli
