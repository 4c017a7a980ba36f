import StoryKit

/// Invented news for the story tests: two look-alike earthquakes on one island three years
/// apart, each told by three outlets, and an unrelated bridge closure told by two.
enum StoryFixture {
  struct Item: Sendable {
    var id: String
    var title: String
    var date: String?
    var source: String
    var text: String
  }

  static let firstQuake: [Item] = [
    Item(
      id: "quake1-wire", title: "Magnitude 5.8 earthquake strikes Lindholm Island, 14 injured",
      date: "2021-03-14", source: "Nordic Wire",
      text: """
        A magnitude 5.8 earthquake struck Lindholm Island on Sunday morning, injuring 14 people and damaging about 200 homes in the port town of Osterby, the island's civil protection office said.

        The quake hit at 09:12 local time at a depth of ten kilometres, according to the Lindholm Seismic Institute, and was felt as far away as the mainland city of Harwick.

        Governor Ingrid Dahl said most of the injured had been cut by falling glass and that two fishermen were being treated for broken bones at Osterby General Hospital.

        Ferries to Osterby were suspended for six hours while engineers checked the harbour wall for cracks.
        """),
    Item(
      id: "quake1-times", title: "Quake rattles Osterby as 200 homes are damaged",
      date: "2021-03-15", source: "Harbour Times",
      text: """
        Residents of Osterby spent the night in school gyms after Sunday's 5.8 magnitude earthquake damaged some 200 homes on Lindholm Island and left 14 people injured.

        Governor Ingrid Dahl toured the old harbour district, where chimneys had crashed onto parked cars, and promised emergency grants for families whose homes were declared unsafe.

        The Lindholm Seismic Institute recorded more than forty aftershocks, the strongest of magnitude 4.1, and warned that further tremors were likely for several days.

        Ferries from Harwick resumed on Sunday evening after engineers found no damage to the harbour wall at Osterby.
        """),
    Item(
      id: "quake1-radio", title: "Photos: the day the ground shook", date: "2021-03-14",
      source: "Coastal Radio",
      text: """
        The 5.8 magnitude earthquake that struck Lindholm Island on Sunday injured 14 people in Osterby, where falling glass and toppled chimneys damaged around 200 homes.

        Governor Ingrid Dahl said the hospital in Osterby had treated the injured, among them two fishermen with broken bones, and that ferries to the port were suspended while the harbour wall was inspected.

        The Lindholm Seismic Institute said the quake was ten kilometres deep.
        """),
  ]

  static let secondQuake: [Item] = [
    Item(
      id: "quake2-wire", title: "Magnitude 6.3 earthquake kills 9 in Lindholm mountain village",
      date: "2024-10-08", source: "Nordic Wire",
      text: """
        A magnitude 6.3 earthquake struck the mountains of Lindholm Island on Tuesday night, killing nine people in the village of Krava, where a landslide buried a row of farmhouses, rescue officials said.

        Governor Piet Vos declared a state of emergency for the Krava valley and asked the army to send helicopters, as the only road to the village was blocked by rocks.

        The Lindholm Seismic Institute put the quake's depth at 25 kilometres, below the Krava ridge, the deepest it has recorded on the island.

        Rescue teams with dogs searched the rubble through the night for three people still missing.
        """),
    Item(
      id: "quake2-times", title: "Landslide buries Krava farmhouses after 6.3 quake",
      date: "2024-10-09", source: "Harbour Times",
      text: """
        Army helicopters ferried rescue teams into the Krava valley on Wednesday after a 6.3 magnitude earthquake on Lindholm Island set off a landslide that killed nine villagers.

        Governor Piet Vos, who flew over the valley at dawn, said three people were still missing under the rubble of the farmhouses and that the road to Krava would stay closed for a week.

        Survivors from Krava were taken to a sports hall in the market town of Belin, where the Red Cross handed out blankets.

        The Lindholm Seismic Institute said the Krava ridge had not produced a quake of this size in a century.
        """),
    Item(
      id: "quake2-radio", title: "Nine dead as quake triggers Krava landslide", date: "2024-10-08",
      source: "Coastal Radio",
      text: """
        Nine people died in the mountain village of Krava on Lindholm Island when a 6.3 magnitude earthquake on Tuesday night triggered a landslide that buried their farmhouses.

        Governor Piet Vos declared a state of emergency and said army helicopters would carry rescue teams past the rocks blocking the only road into the valley.

        Three villagers are still missing, the rescue service said.
        """),
  ]

  static let bridge: [Item] = [
    Item(
      id: "bridge-times", title: "Northbridge closes harbour bridge to lorries", date: "2024-10-08",
      source: "Harbour Times",
      text: """
        The city council of Northbridge voted on Tuesday to close the old harbour bridge to heavy traffic after engineers found deep cracks in two of its steel supports.

        Mayor Helen Ortiz said the decision was painful but unavoidable, adding that the bridge carries more than twenty thousand vehicles on an ordinary weekday.

        Lorries heavier than seven tonnes will be sent along the industrial ring road, a detour of about twenty minutes.
        """),
    Item(
      id: "bridge-post", title: "Cracked supports shut Northbridge's harbour crossing",
      date: "2024-10-09", source: "Northbridge Post",
      text: """
        Heavy lorries are banned from the harbour bridge in Northbridge from today after the council accepted an engineers' report on cracked steel supports.

        Mayor Helen Ortiz told councillors that corrosion had spread faster than any earlier survey predicted and that repairs would take at least eighteen months.

        Waterfront traders fear the detour along the ring road will cost them customers.
        """),
  ]

  /// The items as cleaned articles; `dated: false` drops the dates.
  static func articles(_ items: [Item], dated: Bool = true) throws -> [Article] {
    let cleaner = try ArticleCleaner.bundled()
    return items.map { item in
      cleaner.clean(
        RawArticle(
          id: ArticleID(item.id), location: SourceLocation(path: item.id), text: item.text,
          title: item.title, date: dated ? item.date : nil, source: item.source))
    }
  }

  /// The stories as sets of article ids, for comparing groupings.
  static func grouping(_ stories: [[ArticleID]]) -> Set<Set<String>> {
    Set(stories.map { Set($0.map(\.rawValue)) })
  }

  static func ids(_ items: [Item]) -> Set<String> { Set(items.map(\.id)) }
}
