import Testing
import KabarTUI

@Suite("Layout")
struct LayoutTests {
    @Test("column widths", arguments: [
        (100, [.fixed(20), .fill(1), .fixed(10)], [20, 70, 10]),
        (11, [.percent(50), .percent(50)], [5, 6]),
        (10, [.fill(1), .fill(2)], [3, 7]),
        (10, [.fill(1), .fill(1), .fill(1)], [3, 3, 4]),
        (10, [.fill(0), .fill(0)], [5, 5]),
        (20, [.min(5), .fixed(3)], [17, 3]),
        (20, [.min(5), .fill(1)], [5, 15]),
        (10, [.fixed(8), .fixed(8)], [8, 2]),
        (20, [.fixed(30), .fill(1)], [20, 0]),
        (10, [.fixed(-3), .fixed(4)], [0, 10]),
        (80, [.percent(25), .fill(1)], [20, 60]),
        (0, [.fixed(3), .fill(1)], [0, 0]),
        (7, [], []),
    ] as [(Int, [Constraint], [Int])])
    func widths(_ total: Int, _ constraints: [Constraint], _ expected: [Int]) {
        let rects = Layout.columns(Rect(x: 3, y: 2, width: total, height: 5), constraints)
        #expect(rects.map(\.width) == expected)
        #expect(rects.allSatisfy { $0.y == 2 && $0.height == 5 })
    }

    @Test("columns start where the previous one ends")
    func positions() {
        let rects = Layout.columns(Rect(x: 3, y: 0, width: 100, height: 1), [.fixed(20), .fill(1), .fixed(10)])
        #expect(rects.map(\.x) == [3, 23, 93])
    }

    @Test("rows split top to bottom")
    func rows() {
        let rects = Layout.rows(Rect(x: 1, y: 4, width: 30, height: 24), [.fixed(1), .fill(1), .fixed(1)])
        #expect(rects == [
            Rect(x: 1, y: 4, width: 30, height: 1),
            Rect(x: 1, y: 5, width: 30, height: 22),
            Rect(x: 1, y: 27, width: 30, height: 1),
        ])
    }

    static let constraintSets: [[Constraint]] = [
        [.fill(1)],
        [.fixed(10), .fill(1)],
        [.percent(33), .percent(33), .percent(34)],
        [.percent(30), .fill(2), .fill(1), .fixed(5)],
        [.min(10), .fixed(7), .min(3)],
        [.fixed(50), .fixed(50)],
        [.percent(120), .fill(1)],
        [.fill(3), .min(4), .percent(10), .fixed(1)],
    ]

    @Test("splits tile the area exactly for every size", arguments: constraintSets)
    func tiling(_ constraints: [Constraint]) {
        for total in 0...130 {
            let area = Rect(x: 5, y: 7, width: total, height: 3)
            let columns = Layout.columns(area, constraints)
            #expect(columns.count == constraints.count)
            #expect(columns.map(\.width).reduce(0, +) == total)
            var x = area.x
            for rect in columns {
                #expect(rect.x == x && rect.width >= 0 && rect.right <= area.right)
                x = rect.right
            }
            let rows = Layout.rows(Rect(x: 0, y: 2, width: 4, height: total), constraints)
            #expect(rows.map(\.height).reduce(0, +) == total)
            #expect(rows.last?.bottom == 2 + total)
        }
    }

    @Test("centered rectangles are clipped to the area", arguments: [
        (Rect(x: 0, y: 0, width: 80, height: 24), 40, 10, Rect(x: 20, y: 7, width: 40, height: 10)),
        (Rect(x: 10, y: 5, width: 20, height: 6), 100, 2, Rect(x: 10, y: 7, width: 20, height: 2)),
        (Rect(x: 0, y: 0, width: 5, height: 5), -1, 3, Rect(x: 2, y: 1, width: 0, height: 3)),
    ])
    func centered(_ area: Rect, _ width: Int, _ height: Int, _ expected: Rect) {
        #expect(Layout.centered(in: area, width: width, height: height) == expected)
    }
}
