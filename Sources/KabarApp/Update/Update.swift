import KabarTUI

extension AppState {
    /// Applies one message and returns what the runtime must do besides redrawing.
    public mutating func update(_ message: Message) -> [Effect] {
        switch message {
        case .resize(let width, let height):
            // The same size again (the runtime's first frame): a long article is not laid
            // out twice for nothing.
            if width == layout.width && height == layout.height && document != nil { return [] }
            layout = ScreenLayout(width: width, height: height, panes: paneWidths)
            if !layout.visiblePanes.contains(focus) { focus = .article }
            relayout()
            // The terminal repaints every cell of a frame of a new size, without clearing
            // the screen first: no flicker.
            return []
        case .key(let key):
            return handle(key: key)
        case .mouse(let mouse):
            handle(mouse: mouse)
            return []
        case .searchEngineReady, .searchEngineFailed, .searchResults, .notice:
            return handleSearch(message)
        case .corpusAnalysed(let facts):
            // Facts found for the articles before a reload are stale.
            guard facts.generation == corpusGeneration else { return [] }
            apply(facts)
            return []
        case .loadProgress(let progress):
            loading = progress
            if !startingUp, progress.total > 0 {
                status = "reloading the articles… \(LoadProgress.grouped(progress.done))/\(LoadProgress.grouped(progress.total))"
            }
            return []
        case .articlesReloaded(let reload):
            loading = nil
            if startingUp { return start(with: reload) }
            return apply(reload)
        case .articleFileChanged(let id, let change):
            noteFileChange(articleID: id, change)
            return []
        }
    }

    mutating func handle(key: Key) -> [Effect] {
        status = nil
        if prompt != nil {
            return handlePrompt(key: key)
        }
        if overlay != nil {
            return handleOverlay(key: key)
        }
        guard let command = keymap.command(for: key, in: focus) else { return [] }
        return perform(command)
    }

    mutating func handleOverlay(key: Key) -> [Effect] {
        let command = keymap.command(for: key, in: focus)
        switch command {
        case .interrupt: return [.quit(130)]
        case .quit, .closeOverlay: overlay = nil
        case .help: overlay = overlay == .help ? nil : .help
        case .down: overlayScroll += 1
        case .up: overlayScroll = max(0, overlayScroll - 1)
        case .top: overlayScroll = 0
        default: break
        }
        return []
    }

    /// Runs a named command in the focused pane.
    public mutating func perform(_ command: Command) -> [Effect] {
        switch command {
        case .quit: return [.quit(0)]
        case .interrupt: return [.quit(130)]
        case .help:
            overlay = .help
            overlayScroll = 0
        case .closeOverlay:
            if overlay == nil, lastSearch != nil { searchMarksHidden = true }
            overlay = nil
        case .search: return openPrompt()
        case .nextMatch, .previousMatch:
            jumpToMatch(forward: command == .nextMatch)
        case .openResult, .cancelSearch, .nextResult, .previousResult, .olderQuery, .newerQuery,
             .deleteBackward, .deleteWord, .clearQuery, .caretLeft, .caretRight:
            break  // only in the search prompt
        case .nextPane: cycleFocus(by: 1)
        case .previousPane: cycleFocus(by: -1)
        case .redraw: return [.redraw]
        case .reload:
            if loading != nil {
                status = "the articles are still being read"
                return []
            }
            status = "reloading the articles…"
            loading = LoadProgress(step: "reading", done: 0, total: 0)
            return [.reloadArticles]
        case .suspend: return [.suspend]
        case .cycleTheme: cycleTheme()
        case .toggleMouse: return toggleMouse()
        case .nextMention, .previousMention, .nextAnyMention, .previousAnyMention:
            jump(command)
        case .toggleEntityScope:
            entityScopeAll.toggle()
            entitySelection = 0
        case .toggleTimelineScope:
            timelineArticleOnly.toggle()
            timelineSelection = 0
        case .open:
            if focus == .entities, let entity = selectedEntity,
               let first = navigation.stops.first(where: { $0.entity == entity }) {
                go(to: first)
                focus = .article
            } else if focus == .timeline, let event = selectedEvent {
                go(toEvent: event)
                focus = .article
            } else if focus == .list {
                open(selected)
                focus = .article
            } else if focus == .article || focus == .glossary {
                openWordDetails()
            }
        case .nextWord, .previousWord:
            moveCursor(by: command == .nextWord ? 1 : -1)
        case .down, .up, .top, .bottom, .pageDown, .pageUp, .halfPageDown, .halfPageUp:
            move(command)
        }
        return []
    }

    /// Opens the popup with every reading of the word under the cursor.
    mutating func openWordDetails() {
        guard let details = wordDetails() else { return }
        overlay = .word(details)
        overlayScroll = 0
    }

    mutating func cycleFocus(by step: Int) {
        let panes = layout.visiblePanes
        guard let index = panes.firstIndex(of: focus) else { focus = panes.first ?? .list; return }
        focus = panes[(index + step + panes.count) % panes.count]
    }

    /// How far a movement command goes in a pane of `height` rows.
    func distance(of command: Command, height: Int) -> Int {
        switch command {
        case .down: 1
        case .up: -1
        case .pageDown: max(1, height - 1)
        case .pageUp: -max(1, height - 1)
        case .halfPageDown: max(1, height / 2)
        case .halfPageUp: -max(1, height / 2)
        case .top: Int.min / 2
        default: Int.max / 2
        }
    }

    mutating func move(_ command: Command) {
        switch focus {
        case .list:
            guard !articles.isEmpty else { return }
            let step = distance(of: command, height: listHeight)
            selected = max(0, min(articles.count - 1, selected + step))
            listOffset = ListView.offset(keeping: selected, visible: listHeight, current: listOffset)
        case .article:
            guard let document else { return }
            switch command {
            case .top:
                scroll = 0
                cursor = 0
            case .bottom:
                scroll = maxScroll
                cursor = max(0, document.words.count - 1)
            default:
                scroll = max(0, min(maxScroll, scroll + distance(of: command, height: articleHeight)))
                keepCursorInView()
            }
        case .entities:
            let count = entityRows.filter(\.isEntity).count
            guard count > 0 else { return }
            let step = distance(of: command, height: max(1, layout.rect(of: .entities).height - 2))
            entitySelection = max(0, min(count - 1, entitySelection + step))
        case .timeline:
            let count = timelineRows.filter(\.isEvent).count
            guard count > 0 else { return }
            let step = distance(of: command, height: max(1, layout.rect(of: .timeline).height - 2))
            timelineSelection = max(0, min(count - 1, timelineSelection + step))
        default:
            break
        }
    }

    mutating func moveCursor(by step: Int) {
        guard let document, !document.words.isEmpty else { return }
        cursor = max(0, min(document.words.count - 1, cursor + step))
        revealCursor()
    }

    mutating func handle(mouse: MouseEvent) {
        guard !layout.isTooSmall, prompt == nil else { return }
        if overlay != nil {
            if case .press = mouse.action { overlay = nil }
            return
        }
        guard let pane = layout.pane(atX: mouse.x, y: mouse.y) else { return }
        switch mouse.action {
        case .press(.left):
            focus = pane
            click(in: pane, x: mouse.x, y: mouse.y)
        case .scrollUp, .scrollDown:
            let step = mouse.action == .scrollUp ? -3 : 3
            scrollWheel(in: pane, by: step)
        default:
            break
        }
    }

    mutating func click(in pane: Pane, x: Int, y: Int) {
        switch pane {
        case .list:
            let rows = layout.listRows
            let row = listOffset + (y - rows.y)
            guard rows.contains(x: x, y: y), articles.indices.contains(row) else { return }
            selected = row
            open(row)
        case .article:
            let text = layout.articleText
            guard let document, y >= text.y, y < text.bottom,
                  let index = document.wordIndex(line: scroll + y - text.y, column: x - text.x) else { return }
            // A click on the word already under the cursor opens its popup.
            if index == cursor {
                openWordDetails()
            }
            cursor = index
        default:
            break
        }
    }

    mutating func scrollWheel(in pane: Pane, by step: Int) {
        switch pane {
        case .list:
            let maxOffset = max(0, articles.count - listHeight)
            listOffset = max(0, min(maxOffset, listOffset + step))
        case .article:
            scroll = max(0, min(maxScroll, scroll + step))
            keepCursorInView()
        default:
            break
        }
    }
}
