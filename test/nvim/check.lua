-- Neovim 0.7 as a plain LSP client of the Concept Notes server: attach to the fixture
-- note kvm.md, ask for a hover on EPT, read the pushed diagnostics. Prints one line per
-- check and exits with :cquit 1 on any failure (0 when all pass).
-- Inputs (environment): CONCEPT_NOTES_SERVER (path to dist/server.js),
-- CONCEPT_NOTES_WORKSPACE (the folder that holds kvm.md).

local TIMEOUT_MS = 20000
local failures = 0

local function report(ok, what, detail)
  io.stdout:write(string.format('%s %s%s\n', ok and 'ok  ' or 'FAIL', what, detail and (': ' .. detail) or ''))
  if not ok then failures = failures + 1 end
end

local function main()
  local server = assert(os.getenv('CONCEPT_NOTES_SERVER'), 'CONCEPT_NOTES_SERVER is not set')
  local root = assert(os.getenv('CONCEPT_NOTES_WORKSPACE'), 'CONCEPT_NOTES_WORKSPACE is not set')
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/kvm.md'))
  local bufnr = vim.api.nvim_get_current_buf()

  local client_id = vim.lsp.start_client({
    name = 'concept-notes',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
  })
  report(client_id ~= nil, 'server process started')
  if not client_id then return end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local initialized = vim.wait(TIMEOUT_MS, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized
  end, 50)
  report(initialized, 'server initialized')
  if not initialized then return end

  -- A position (0-based line, UTF-16 column) one character into `word`, in the first line containing `context`.
  local function position_of(context, word)
    for index, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
      local at = line:find(context, 1, true)
      if at then
        local byte = at - 1 + context:find(word, 1, true)
        local _, utf16 = vim.str_utfindex(line, byte)
        return { line = index - 1, character = utf16 }
      end
    end
    error('"' .. context .. '" not found in kvm.md')
  end

  local function hover_text(position)
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = position,
    }, 5000)
    local response = responses and responses[client_id]
    if not response or not response.result then return '' end
    return table.concat(vim.lsp.util.convert_input_to_markdown_lines(response.result.contents), '\n')
  end

  -- The server may still be indexing the glossary when the first request arrives: poll.
  local definition = 'Intel VT-x 的二级地址转换'
  local text = ''
  local hovered = false
  local deadline = vim.loop.now() + TIMEOUT_MS
  -- A plain loop: buf_request_sync waits itself and must not run inside vim.wait's callback.
  while not hovered and vim.loop.now() < deadline do
    text = hover_text(position_of('KVM uses EPT', 'EPT'))
    hovered = text:find(definition, 1, true) ~= nil
    if not hovered then vim.wait(200) end
  end
  report(hovered, 'hover on EPT shows its definition', not hovered and vim.inspect(text) or nil)

  local function request(method, position)
    local responses = vim.lsp.buf_request_sync(bufnr, method, {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = position,
      context = { includeDeclaration = true },
    }, 5000)
    local response = responses and responses[client_id]
    return response and response.result or {}
  end

  local ept = position_of('KVM uses EPT', 'EPT')
  local definitions = request('textDocument/definition', ept)
  local defined_in_glossary = #definitions > 0 and definitions[1].uri:find('glossary/virtualization.md', 1, true) ~= nil
  report(defined_in_glossary, 'definition of EPT is in glossary/virtualization.md', not defined_in_glossary and vim.inspect(definitions) or nil)

  local in_this_note = 0
  for _, location in ipairs(request('textDocument/references', ept)) do
    if location.uri == vim.uri_from_bufnr(bufnr) then in_this_note = in_this_note + 1 end
  end
  report(in_this_note >= 2, 'references to EPT include its mentions in kvm.md', 'found ' .. in_this_note)

  local function diagnostic_codes()
    local codes = {}
    for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
      codes[#codes + 1] = tostring(diagnostic.code)
    end
    return codes
  end
  local has_broken_link = vim.wait(TIMEOUT_MS, function()
    return vim.tbl_contains(diagnostic_codes(), 'link.no-such-file')
  end, 100)
  report(has_broken_link, 'pushed diagnostics include link.no-such-file', 'codes ' .. table.concat(diagnostic_codes(), ', '))

  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end

-- An error inside luafile would leave a headless nvim running: always quit explicitly.
local ok, err = pcall(main)
if not ok then
  io.stdout:write('FAIL ' .. tostring(err) .. '\n')
  vim.cmd('cquit 2')
elseif failures > 0 then
  vim.cmd('cquit 1')
else
  vim.cmd('qall!')
end
