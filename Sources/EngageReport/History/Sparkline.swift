/// A Unicode sparkline on an absolute 0–100 scale (▁ low … █ high), so sparklines of different
/// rows compare by height; a missing value is a space.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ values: [Double?]) -> String {
        String(values.map { value -> Character in
            guard let v = value else { return " " }
            let index = Int((max(0, min(100, v)) / 100 * Double(blocks.count)).rounded(.down))
            return blocks[min(blocks.count - 1, index)]
        })
    }
}
