-- Drives `postlint lsp` from a real headless Neovim (0.7+) and writes what it saw as JSON.
-- Run by tests/lsp/test_nvim_headless.py; every step is recorded so a failure says where.
local out_path = os.getenv("POSTLINT_NVIM_OUT")
local draft = os.getenv("POSTLINT_NVIM_DRAFT")
local python = os.getenv("POSTLINT_PYTHON")
local result = { steps = {} }

local function step(name) table.insert(result.steps, name) end

local function run()
  vim.cmd("edit " .. vim.fn.fnameescape(draft))
  local buf = vim.api.nvim_get_current_buf()
  -- Neovim 0.7 has no vim.lsp.start: start_client + buf_attach_client.
  local client_id = vim.lsp.start_client({
    name = "postlint",
    cmd = { python, "-m", "postlint", "lsp", "--debounce-ms", "0" },
    root_dir = vim.fn.fnamemodify(draft, ":h"),
    -- Neovim 0.7 does not announce workspace/configuration: settings go in init_options.
    init_options = { postlint = { rules = { severity = { politics = "warning" } } } },
  })
  vim.lsp.buf_attach_client(buf, client_id)
  step("attached")
  if not vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
    error("no diagnostics arrived")
  end
  local client = vim.lsp.get_client_by_id(client_id)
  result.offset_encoding = client.offset_encoding
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, end_col = d.end_col, code = d.code, source = d.source,
      severity = d.severity, message = d.message,
    })
  end
  step("diagnostics")

  local first = vim.diagnostic.get(buf)[1]
  vim.api.nvim_win_set_cursor(0, { first.lnum + 1, first.col + 2 })
  local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover",
    vim.lsp.util.make_position_params(), 10000)
  result.hover = hover[client_id].result.contents.value
  step("hover")

  -- As vim.lsp.buf.code_action() builds it: the line's diagnostics, echoed with byte columns.
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf) }
  local actions = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000)
  result.action_titles = {}
  local suppress = nil
  for _, action in ipairs(actions[client_id].result or {}) do
    table.insert(result.action_titles, action.title)
    if action.title:find("Suppress", 1, true) then suppress = action end
  end
  if suppress == nil then error("no suppress action") end
  vim.lsp.util.apply_workspace_edit(suppress.edit, client.offset_encoding)
  result.text_after = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
  step("code action applied")

  -- The user replaces the placeholder with a reason, as the quick fix asks.
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for index, line in ipairs(lines) do
    lines[index] = line:gsub("reason this is acceptable", "quoting the campaign's slogan")
  end
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  step("reason typed")

  if not vim.wait(60000, function() return #vim.diagnostic.get(buf) == 0 end, 20) then
    error("the suppressed finding did not go away")
  end
  step("diagnostics cleared")
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
local file = assert(io.open(out_path, "w"))
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd("qa!")
