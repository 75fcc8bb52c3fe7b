package timeline

import "strings"

// The word lists the event reader works from. Each lives once, as a map;
// inflected verb forms are generated from the base forms.

// newsVerbs are base forms of verbs common in news reports. A word not on
// the list can still be read as a verb from its ending ("-ed" after a name).
var newsVerbs = strings.Fields(`
schedule practice reschedule
accept accuse achieve acquire add admit adopt agree aim air allege allow announce appeal appear
approve argue arrest arrive ask attack attend award back ban bar become begin believe block
boost call cancel capture carry cast cause celebrate charge cite claim clear close collapse
complete confirm consider consolidate continue convict crash create criticise criticize cut
damage debut decide declare decline defeat defend delay deliver deny deploy describe destroy
detain develop die discover dismiss drop earn elect emerge end erupt escape establish evacuate
examine expand expect explode export face fail file find fine fire flee flood follow force form
found freeze gain give grow hail halt hand happen head hear help hire hit hold host hurt identify
impose increase injure install intend introduce invade investigate issue jail join kill land
launch lead leave lift list lose make mark meet merge miss move name note observe occur offer
open order organise organize overturn pass pay plan play pledge post postpone praise predict
prepare present press promise propose protest prove provide publish push quit raise reach
rebuild receive recall record reduce refuse regain reject release remain remove renew reopen
report resign resume retire return reveal rise rule sanction score seize sell send sentence
serve set settle ship shoot show sign slam spend stage start state step stop strike submit
suffer suggest supply support surge suspend sweep take talk tell test thank threaten tour trade
travel try unveil urge use vote veto visit vow warn welcome win withdraw write
absorb accelerate account act address advance affect alert amend analyse answer apologise apologize
arm assess assist assure attempt authorise authorize avoid await bail ban battle blame bomb borrow
break brief broadcast burn buy campaign care catch celebrate challenge change check choose clash
collect combine come commit compete complain conclude conduct connect contain contribute control
convince cost cover crack criticise cross cure dance deal decrease defy delete demand demolish
depart deploy design detect determine die dig direct disappear discuss dispute donate double doubt
draft draw dump ease edit educate eliminate employ enable encourage endorse enforce engage enjoy
enter erupt evacuate evaluate exceed exchange execute exist exit expel explain expose extend extract
fight finance finish fix flee fly focus forecast forget forgive fund gather govern grant greet
guarantee halve handle hang hate heal heat hide hike hope house hunt ignore imagine implement import
improve include inform inherit injure inspect inspire insure intervene invest invite involve join
judge jump keep kick kidnap know lack lay learn lend limit link live loan lobby look lower manage
marry match matter measure mediate mention merge migrate mine mobilise mobilize monitor murder
need negotiate nominate notify obtain occupy operate oppose outline own pardon participate perform
permit persuade phone pick pilot plant plead plunge poll pose pray prefer premiere preserve prevent
print probe proceed produce profit prohibit promote prompt protect pull purchase pursue question
race rally rank rate react read rebel recover recruit redeem refer reform regulate reinstate relax
rely remember rent repair repeal replace represent rescue research reserve resist resolve respond
rest restore restrict result retain retreat review revise reward ring rob run sack save scrap search
secure see seek select sell settle share shift shut sing sink sit slash sleep slip slow slump smash
solve speak spark speed split spread stand stay steal stem storm stress strengthen stretch struggle
study succeed sue summon survey survive suspect swear switch target tax teach tear terminate testify
tie tighten top total toughen track train transfer transform treat trigger trim triple trust turn
undergo understand unite update upgrade uphold vanish violate wait walk want watch wave weaken wear
widen wind wipe withhold witness work worry wound yield`)

// irregularVerbs maps irregular past and participle forms to base forms.
var irregularVerbs = map[string]string{
	"was": "be", "were": "be", "been": "be", "is": "be", "are": "be", "am": "be", "'s": "be",
	"had": "have", "has": "have", "did": "do", "does": "do", "done": "do",
	"made": "make", "told": "tell", "said": "say", "says": "say", "took": "take", "taken": "take",
	"held": "hold", "met": "meet", "went": "go", "gone": "go", "came": "come", "gave": "give",
	"given": "give", "won": "win", "lost": "lose", "left": "leave", "began": "begin", "begun": "begin",
	"sent": "send", "bought": "buy", "sold": "sell", "built": "build", "fell": "fall", "fallen": "fall",
	"rose": "rise", "risen": "rise", "found": "find", "knew": "know", "known": "know", "saw": "see",
	"seen": "see", "became": "become", "brought": "bring", "paid": "pay", "spent": "spend",
	"struck": "strike", "sought": "seek", "shown": "show", "flew": "fly", "flown": "fly", "ran": "run",
	"wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak", "broke": "break",
	"broken": "break", "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive",
	"stole": "steal", "stolen": "steal", "shot": "shoot", "fought": "fight", "led": "lead", "felt": "feel",
	"kept": "keep", "thought": "think", "got": "get", "gotten": "get", "withdrew": "withdraw",
	"withdrawn": "withdraw", "underwent": "undergo", "overtook": "overtake", "sank": "sink",
	"sunk": "sink", "swore": "swear", "sworn": "swear", "froze": "freeze", "frozen": "freeze",
	"shook": "shake", "sat": "sit", "stood": "stand", "fled": "flee", "swept": "sweep", "hung": "hang",
	"beaten": "beat", "caught": "catch", "drew": "draw", "drawn": "draw", "grew": "grow", "grown": "grow",
	"hid": "hide", "lent": "lend", "meant": "mean", "rode": "ride", "rebuilt": "rebuild", "taught": "teach",
	"threw": "throw", "thrown": "throw", "woke": "wake", "wore": "wear", "died": "die", "dies": "die",
	"dying": "die", "lay": "lie", "born": "bear", "forecast": "forecast", "quit": "quit", "cut": "cut",
	"hit": "hit", "put": "put", "set": "set", "let": "let", "hurt": "hurt", "cast": "cast", "bid": "bid",
	"sped": "speed", "slid": "slide", "split": "split", "spread": "spread", "upheld": "uphold",
	"heard": "hear", "understood": "understand", "dealt": "deal", "dug": "dig", "fed": "feed", "laid": "lay",
	"lit": "light", "overcame": "overcome", "rang": "ring", "rung": "ring", "slept": "sleep", "spun": "spin",
	"stuck": "stick", "swam": "swim", "swum": "swim", "tore": "tear", "torn": "tear", "wept": "weep",
	"arose": "arise", "arisen": "arise", "bent": "bend", "blew": "blow", "blown": "blow", "bled": "bleed",
	"crept": "creep", "flung": "fling", "misled": "mislead", "mistook": "mistake", "mistaken": "mistake",
	"oversaw": "oversee", "overseen": "oversee", "overthrew": "overthrow", "overthrown": "overthrow",
	"retook": "retake", "retaken": "retake", "shrank": "shrink", "shrunk": "shrink", "strode": "stride",
	"undertook": "undertake", "undertaken": "undertake", "withheld": "withhold", "withstood": "withstand",
	"forbade": "forbid", "forbidden": "forbid", "forgave": "forgive", "forgiven": "forgive", "forgot": "forget",
	"forgotten": "forget", "knelt": "kneel", "foresaw": "foresee", "foreseen": "foresee", "overtaken": "overtake",
	"rewrote": "rewrite", "rewritten": "rewrite", "outran": "outrun", "overrode": "override", "overridden": "override",
}

// pastOnly are irregular past forms that are never participles.
var pastOnly = set("was", "were", "did", "went", "came", "gave", "took", "began", "fell", "rose", "knew", "saw",
	"became", "flew", "ran", "wrote", "spoke", "broke", "chose", "drove", "stole", "withdrew", "underwent",
	"overtook", "sank", "swore", "froze", "shook", "drew", "grew", "hid", "rode", "threw", "woke", "wore", "lay",
	"overcame", "rang", "swam", "tore", "arose", "blew", "mistook", "oversaw", "overthrew", "retook", "shrank",
	"strode", "undertook", "forbade", "forgave", "forgot", "foresaw", "rewrote", "outran", "overrode")

// irregularThird gives the present third-person form where adding -s is wrong.
var irregularThird = map[string]string{"be": "is", "have": "has", "do": "does", "go": "goes"}

// verbLemma maps every generated form of newsVerbs to its base form.
var verbLemma = func() map[string]string {
	m := map[string]string{}
	for form, base := range irregularVerbs {
		m[form] = base
	}
	for _, b := range newsVerbs {
		for _, f := range inflect(b) {
			if _, ok := m[f]; !ok {
				m[f] = b
			}
		}
	}
	for _, b := range []string{"be", "have", "do", "go", "come", "give", "know", "see", "bring", "buy", "build", "fall", "seek", "fly", "run", "speak", "break", "choose", "drive", "steal", "fight", "feel", "keep", "think", "get", "undergo", "overtake", "sink", "swear", "shake", "sit", "stand", "hang", "beat", "catch", "draw", "hide", "lend", "mean", "ride", "teach", "throw", "wake", "wear", "lie", "bear", "forecast", "uphold", "spread", "split"} {
		m[b] = b
		m[third(b)] = b
	}
	return m
}()

func vowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// third returns the present third-person singular of a base form.
func third(b string) string {
	if f, ok := irregularThird[b]; ok {
		return f
	}
	n := len(b)
	switch {
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") ||
		strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "o"):
		return b + "es"
	case n > 1 && b[n-1] == 'y' && !vowel(b[n-2]):
		return b[:n-1] + "ies"
	}
	return b + "s"
}

// inflect returns the regular forms of a base verb: base, -s, -ed, -ing.
// Where doubling the last consonant is uncertain both spellings are made.
func inflect(b string) []string {
	n := len(b)
	out := []string{b, third(b)}
	switch {
	case strings.HasSuffix(b, "e"):
		out = append(out, b+"d", b[:n-1]+"ing")
	case n > 1 && b[n-1] == 'y' && !vowel(b[n-2]):
		out = append(out, b[:n-1]+"ied", b+"ing")
	default:
		out = append(out, b+"ed", b+"ing")
		if n > 2 && !vowel(b[n-1]) && vowel(b[n-2]) && !vowel(b[n-3]) && strings.IndexByte("wxy", b[n-1]) < 0 {
			out = append(out, b+b[n-1:]+"ed", b+b[n-1:]+"ing")
		}
	}
	return out
}

// Auxiliaries and modals.
var (
	beForms   = set("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re")
	haveForms = set("have", "has", "had", "having", "'ve")
	doForms   = set("do", "does", "did")
	modals    = set("will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "'d", "wo")
	negations = set("not", "n't", "never", "no")
)

// Event nouns name happenings; class groups the words (nouns and verbs)
// that can refer to the same kind of event, so "will visit", "the visit"
// and "the trip" can be one event.
var eventClass = map[string]string{
	"trip": "travel", "visit": "travel", "tour": "travel", "journey": "travel", "voyage": "travel",
	"travel": "travel", "stopover": "travel", "state visit": "travel",
	"summit": "meeting", "meeting": "meeting", "meet": "meeting", "talks": "meeting", "conference": "meeting",
	"say": "statement", "tell": "statement", "hail": "statement", "write": "statement", "message": "statement",
	"statement": "statement", "announce": "statement", "announcement": "statement", "speech": "statement",
	"address": "statement", "remarks": "statement", "interview": "statement", "letter": "statement",
	"declare": "statement", "claim": "statement", "warn": "statement", "praise": "statement",
	"note": "statement", "state": "statement", "add": "statement", "vow": "statement", "pledge": "statement",
	"report": "report", "study": "report", "survey": "report", "analysis": "report", "poll": "report",
	"review": "report", "audit": "report", "findings": "report", "paper": "report", "publish": "report",
	"elect": "election", "election": "election", "vote": "election", "referendum": "election", "ballot": "election",
	"ballots": "election", "runoff": "election", "primary": "election",
	"die": "death", "death": "death", "funeral": "death", "burial": "death",
	"acquire": "acquisition", "acquisition": "acquisition", "merger": "acquisition", "merge": "acquisition",
	"takeover": "acquisition", "buyout": "acquisition", "deal": "deal", "agreement": "deal", "accord": "deal", "treaty": "deal",
	"resign": "resignation", "resignation": "resignation", "quit": "resignation", "step": "resignation",
	"arrest": "arrest", "detain": "arrest", "detention": "arrest",
	"sentence": "sentencing", "sentencing": "sentencing", "verdict": "verdict", "convict": "verdict",
	"conviction": "verdict", "ruling": "ruling", "rule": "ruling", "judgment": "ruling", "decision": "ruling",
	"trial": "trial", "hearing": "hearing", "appeal": "appeal", "lawsuit": "lawsuit", "charge": "charge", "charges": "charge",
	"attack": "attack", "strike": "attack", "raid": "attack", "offensive": "attack", "bombing": "attack", "assault": "attack",
	"invade": "invasion", "invasion": "invasion", "war": "war", "ceasefire": "ceasefire", "truce": "ceasefire",
	"earthquake": "quake", "quake": "quake", "tremor": "quake", "aftershock": "aftershock",
	"flood": "flood", "floods": "flood", "flooding": "flood", "storm": "storm", "hurricane": "storm", "typhoon": "storm",
	"cyclone": "storm", "landfall": "storm", "fire": "fire", "wildfire": "fire", "blaze": "fire", "eruption": "eruption", "erupt": "eruption",
	"explosion": "explosion", "explode": "explosion", "blast": "explosion", "crash": "crash", "collapse": "collapse",
	"launch": "launch", "landing": "landing", "land": "landing", "mission": "mission", "flight": "flight",
	"discover": "discovery", "discovery": "discovery", "test": "test", "trial run": "test", "tests": "test",
	"veto": "veto", "sanction": "sanctions", "sanctions": "sanctions", "ban": "ban",
	"match": "match", "game": "match", "final": "match", "semifinal": "match", "race": "match", "fixture": "match",
	"tournament": "tournament", "championship": "tournament", "cup": "tournament", "olympics": "tournament", "games": "tournament",
	"win": "win", "victory": "win", "defeat": "win", "title": "title",
	"protest": "protest", "protests": "protest", "rally": "protest", "demonstration": "protest", "strikes": "protest",
	"inauguration": "inauguration", "ceremony": "ceremony", "wedding": "wedding", "birth": "birth", "bear": "birth",
	"opening": "opening", "open": "opening", "reopen": "opening", "closure": "closure", "close": "closure",
	"release": "release", "debut": "release", "premiere": "release", "sale": "sale", "sell": "sale", "ipo": "listing", "listing": "listing",
	"bankruptcy": "bankruptcy", "layoffs": "layoffs", "recall": "recall", "results": "results", "earnings": "results",
	"budget": "budget", "bill": "bill", "law": "law", "reform": "reform", "order": "order", "evacuation": "evacuation", "evacuate": "evacuation",
	"shipment": "shipment", "shipments": "shipment", "ship": "shipment", "delivery": "shipment", "deliveries": "shipment",
	"deployment": "deployment", "deploy": "deployment", "withdrawal": "withdrawal", "withdraw": "withdrawal",
	"award": "award", "prize": "award", "founding": "founding", "found": "founding", "retirement": "retirement", "retire": "retirement",
	"career": "career", "marriage": "wedding", "marry": "wedding", "graduation": "graduation", "graduate": "graduation",
	"investigation": "investigation", "inquiry": "investigation", "probe": "investigation", "investigate": "investigation",
	"outbreak": "outbreak", "pandemic": "outbreak", "epidemic": "outbreak", "rescue": "rescue", "search": "rescue",
	"hike": "rate", "cut": "rate", "rate": "rate", "increase": "increase", "rise": "increase", "surge": "increase", "fall": "decrease",
	"drop": "decrease", "decline": "decrease", "peak": "peak", "trough": "peak", "crackdown": "crackdown", "coup": "coup", "purge": "purge",
	"parade": "parade", "festival": "festival", "exhibition": "exhibition", "show": "exhibition", "concert": "concert",
}

// lightVerbs carry little meaning of their own: with an event noun as
// object ("made a trip", "used its veto", "held talks") the noun is the
// event.
var lightVerbs = set("make", "take", "hold", "pay", "have", "give", "use", "conduct", "carry", "stage",
	"host", "undertake", "begin", "start", "complete", "attend", "cast", "launch", "end", "finish", "open",
	"win", "lose", "play", "suffer", "lodge", "file", "sign", "strike", "seal", "impose", "face", "set", "schedule")

// happenVerbs say that their subject, an event noun, took place.
var happenVerbs = set("happen", "occur", "take", "be", "hold")

// Speech and evidence: a clause hanging on one of these states what
// someone else said, not what the article itself asserts.
var (
	sayVerbs = set("say", "tell", "report", "claim", "allege", "state", "add", "write", "note", "confirm",
		"warn", "insist", "argue", "explain", "reveal", "disclose", "announce", "suggest", "believe",
		"think", "estimate", "predict", "accuse", "quote", "cite", "describe", "acknowledge", "admit",
		"tweet", "post", "show", "indicate", "hear", "learn", "understand", "find", "conclude")
	reportNouns = set("report", "reports", "reporting", "claims", "rumours", "rumors", "speculation",
		"statement", "according", "reportedly", "allegedly", "purportedly", "supposedly", "apparently")
	documentNouns = set("report", "study", "survey", "analysis", "poll", "review", "audit", "paper",
		"statement", "ruling", "filing", "document", "memo", "letter", "assessment", "estimate", "data", "figures", "census")
	denyVerbs = set("deny", "reject", "dismiss", "refute", "cancel", "scrap", "postpone", "call", "abandon", "fail")
)

// Words that never head a clause's subject or name a participant.
var (
	determiners = set("a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their",
		"our", "my", "your", "some", "any", "no", "every", "each", "another", "such")
	possessives = set("his", "her", "their", "its")
	pronouns    = set("he", "she", "they", "it", "we", "i", "you")
	monthNames  = set("january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
		"aug", "sep", "sept", "oct", "nov", "dec")
	weekdayNames = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	// titleWords precede a name in a subject ("leader Kim", "President
	// Putin"); a label keeps the name.
	titleWords = set("president", "prime", "minister", "leader", "chancellor", "king", "queen", "prince",
		"princess", "pope", "general", "gen.", "governor", "senator", "sen.", "rep.", "mayor", "judge",
		"justice", "chief", "executive", "ceo", "chairman", "chairwoman", "secretary", "dr", "dr.", "mr",
		"mr.", "mrs", "mrs.", "ms", "ms.", "professor", "prof.", "coach", "captain", "striker", "midfielder",
		"defender", "manager", "spokesman", "spokeswoman", "spokesperson", "director", "founder", "star",
		"actor", "actress", "singer", "author", "novelist", "lawyer", "attorney", "ambassador", "commander",
		"sheriff", "officer", "deputy", "vice", "foreign", "defence", "defense", "finance", "interior")
	// fillerAdverbs are dropped from labels.
	keepLy = set("only", "early", "family", "italy", "july", "rally", "supply", "reply", "apply", "ally",
		"assembly", "daily", "weekly", "monthly", "yearly", "holy", "belly", "fly", "anomaly", "likely",
		"july's", "italy's", "nearly", "roughly", "partly", "quarterly", "deadly", "costly", "friendly",
		"elderly", "orderly", "timely", "lonely", "ugly", "silly", "assembly's", "bully", "jelly", "billy", "holly")
)

// isDateWord reports whether a lower-case word names a month or weekday.
func isDateWord(w string) bool {
	w = strings.TrimSuffix(w, ".") // "Dec.", "Sept."
	return monthNames[w] || weekdayNames[w]
}
