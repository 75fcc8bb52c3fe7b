package edit

import (
	"testing"

	"github.com/dateline-app/dateline/timeline"
)

func TestApplyAllIsOneStep(t *testing.T) {
	_, s := openSample(t)
	before := jsonOf(t, s.Timeline())
	key, ok := s.Key("e1")
	if !ok {
		t.Fatal("no e1")
	}
	id := func() string { id, _ := s.EventID(key); return id }
	err := s.ApplyAll(
		func() Op { return SetLabel{Event: id(), Label: "Kim's trip to Russia"} },
		func() Op { d, _ := ParseValue("2023-09", nil); return SetDate{Event: id(), Date: d} },
		func() Op { return SetModality{Event: id(), Modality: timeline.Reported} },
	)
	if err != nil {
		t.Fatal(err)
	}
	after := jsonOf(t, s.Timeline())
	if len(s.Corrections()) != 3 {
		t.Fatalf("%d corrections; want 3", len(s.Corrections()))
	}
	e, _ := s.EventID(key)
	for _, ev := range s.Timeline().Events {
		if ev.ID == e && (ev.Label != "Kim's trip to Russia" || ev.Value != "2023-09" || ev.Modality != timeline.Reported) {
			t.Errorf("event after ApplyAll = %q %s %s", ev.Label, ev.Value, ev.Modality)
		}
	}
	if !s.Undo() || jsonOf(t, s.Timeline()) != before {
		t.Fatalf("one Undo did not take the three changes back")
	}
	if s.CanUndo() {
		t.Errorf("more history than the one step")
	}
	if !s.Redo() || jsonOf(t, s.Timeline()) != after {
		t.Errorf("Redo did not bring the three changes back")
	}

	// an operation that does not fit stops the batch; what came before stays, as one step
	err = s.ApplyAll(
		func() Op { return SetLabel{Event: id(), Label: "Again"} },
		func() Op { return Delete{Event: "e99"} },
	)
	if err == nil {
		t.Fatal("ApplyAll with an unknown event gave no error")
	}
	if !s.Undo() || jsonOf(t, s.Timeline()) != after {
		t.Errorf("the applied part of a failed batch is not one undo step")
	}
}
