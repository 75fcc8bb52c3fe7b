package export_test

import (
	"fmt"
	"os"
	"time"

	"github.com/dateline-app/dateline/timeline"
	"github.com/dateline-app/dateline/timeline/export"
	"github.com/dateline-app/dateline/timeline/temporal"
)

// A timeline built by hand: one event, stated in one sentence.
func oneEvent() *timeline.Timeline {
	a, err := timeline.Load("summit.md", []byte("---\ntitle: Summit\npublished: 2024-06-12\n---\n\nThe summit was held last year.\n"))
	if err != nil {
		panic(err)
	}
	s := a.Paragraphs[0].Sentences[0]
	at := s.Start + len("The summit was held ")
	m := timeline.Mention{Paragraph: 1, Start: at, End: at + len("last year"), Text: "last year", Value: "2023",
		Sentence: s, Why: `"last year" -> 2023: one year before the publication date 2024-06-12`}
	return &timeline.Timeline{Article: a, Events: []timeline.Event{{
		ID: "e1", Label: "summit", Value: "2023", Grain: "year", Modality: timeline.Happened,
		Start: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
		Paragraphs: []int{1}, Mentions: []timeline.Mention{m},
	}}}
}

func ExampleCSV() {
	if err := export.CSV(os.Stdout, oneEvent()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// id,start,end,value,grain,label,modality,soft_start,soft_end,paragraphs,evidence,why
	// e1,2023-01-01,2024-01-01,2023,year,summit,happened,false,false,1,"¶1 “The summit was held last year.” — ""last year"" -> 2023: one year before the publication date 2024-06-12",
}

func ExampleTimelineJS() {
	if err := export.TimelineJS(os.Stdout, oneEvent()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "title": {
	//     "text": {
	//       "headline": "Summit",
	//       "text": "<p>published 12 June 2024</p><p>1 event drawn from the article's own words; each slide quotes them.</p>"
	//     }
	//   },
	//   "events": [
	//     {
	//       "start_date": {
	//         "year": 2023
	//       },
	//       "text": {
	//         "headline": "summit",
	//         "text": "<blockquote>¶1 “The summit was held <mark>last year</mark>.”</blockquote><p>\"last year\" -&gt; 2023: one year before the publication date 2024-06-12</p>"
	//       },
	//       "group": "Happened",
	//       "unique_id": "e1"
	//     }
	//   ],
	//   "scale": "human"
	// }
}

func ExampleTimeMLDoc() {
	body := "Talks resumed on Monday & ended."
	xs := []temporal.Timex{{Start: 17, End: 23, Text: "Monday", Type: temporal.Date, Value: "2024-06-10"}}
	info := export.TimeMLInfo{DocID: "talks.txt", DCT: time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)}
	if err := export.TimeMLDoc(os.Stdout, info, body, xs); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <TimeML>
	// <DOCID>talks.txt</DOCID>
	// <DCT><TIMEX3 tid="t0" type="DATE" value="2024-06-12" temporalFunction="false" functionInDocument="CREATION_TIME">2024-06-12</TIMEX3></DCT>
	// <TEXT>Talks resumed on <TIMEX3 tid="t1" type="DATE" value="2024-06-10">Monday</TIMEX3> &amp; ended.</TEXT>
	// </TimeML>
}
