#include "tests/ui/ui_harness.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/ui_frame.h"
#include "app/ui_widgets.h"

namespace hd::test {

HeadlessUi::HeadlessUi(AppState& state, Workspace& ws, float width, float height) : m_state(state), m_ws(ws) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    // Same key map as the GLFW backend, so screens' GLFW_KEY_* checks work unchanged.
    const int map[][2] = {{ImGuiKey_Tab, GLFW_KEY_TAB},         {ImGuiKey_LeftArrow, GLFW_KEY_LEFT},
                          {ImGuiKey_RightArrow, GLFW_KEY_RIGHT}, {ImGuiKey_UpArrow, GLFW_KEY_UP},
                          {ImGuiKey_DownArrow, GLFW_KEY_DOWN},   {ImGuiKey_PageUp, GLFW_KEY_PAGE_UP},
                          {ImGuiKey_PageDown, GLFW_KEY_PAGE_DOWN}, {ImGuiKey_Home, GLFW_KEY_HOME},
                          {ImGuiKey_End, GLFW_KEY_END},          {ImGuiKey_Insert, GLFW_KEY_INSERT},
                          {ImGuiKey_Delete, GLFW_KEY_DELETE},    {ImGuiKey_Backspace, GLFW_KEY_BACKSPACE},
                          {ImGuiKey_Space, GLFW_KEY_SPACE},      {ImGuiKey_Enter, GLFW_KEY_ENTER},
                          {ImGuiKey_Escape, GLFW_KEY_ESCAPE},    {ImGuiKey_KeyPadEnter, GLFW_KEY_KP_ENTER},
                          {ImGuiKey_A, GLFW_KEY_A},              {ImGuiKey_C, GLFW_KEY_C},
                          {ImGuiKey_V, GLFW_KEY_V},              {ImGuiKey_X, GLFW_KEY_X},
                          {ImGuiKey_Y, GLFW_KEY_Y},              {ImGuiKey_Z, GLFW_KEY_Z}};
    for (const auto& m : map) io.KeyMap[m[0]] = m[1];
    LoadFonts();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h); // builds the atlas; no GPU upload needed
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
    if (state.now_ms == 0) state.now_ms = 1700000000000;
    SetUiProbe(&m_probe);
}

HeadlessUi::~HeadlessUi() {
    SetUiProbe(nullptr);
    ImGui::DestroyContext();
}

void HeadlessUi::Frame(int count) {
    for (int i = 0; i < count; ++i) {
        m_state.now_ms += 16;
        ImGui::NewFrame();
        DrawFrame(m_state, m_ws);
        ImGui::Render();
    }
}

void HeadlessUi::Type(const std::string& utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
    Frame();
}

void HeadlessUi::Press(int key, bool shift, bool ctrl, bool alt) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyShift = shift;
    io.KeyCtrl = ctrl;
    io.KeyAlt = alt;
    io.KeysDown[key] = true;
    Frame();
    io.KeysDown[key] = false;
    Frame();
    io.KeyShift = io.KeyCtrl = io.KeyAlt = false;
    Frame();
}

void HeadlessUi::MoveMouse(float x, float y) {
    ImGui::GetIO().MousePos = ImVec2(x, y);
    Frame();
}

void HeadlessUi::Click(float x, float y, int button) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    Frame();
    io.MouseDown[button] = true;
    Frame();
    io.MouseDown[button] = false;
    Frame(2);
}

bool HeadlessUi::ClickProbe(const std::string& name) {
    auto it = m_probe.find(name);
    if (it == m_probe.end()) return false;
    Click(it->second.CenterX(), it->second.CenterY());
    return true;
}

void HeadlessUi::Drag(float x0, float y0, float x1, float y1) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x0, y0);
    Frame();
    io.MouseDown[0] = true;
    Frame();
    // Move in steps so ImGui sees a drag past its threshold, then hover the target for a few frames.
    for (int i = 1; i <= 8; ++i) {
        io.MousePos = ImVec2(x0 + (x1 - x0) * static_cast<float>(i) / 8.0f, y0 + (y1 - y0) * static_cast<float>(i) / 8.0f);
        Frame();
    }
    Frame(2);
    io.MouseDown[0] = false;
    Frame(3);
}

bool HeadlessUi::DragProbe(const std::string& from, const std::string& to) {
    auto a = m_probe.find(from), b = m_probe.find(to);
    if (a == m_probe.end() || b == m_probe.end()) return false;
    ProbeRect ra = a->second, rb = b->second;
    Drag(ra.CenterX(), ra.CenterY(), rb.CenterX(), rb.CenterY());
    return true;
}

} // namespace hd::test
