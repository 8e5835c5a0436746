package redact

import "strings"

// tlds are the top-level labels a domain ends in, spoken ("dot site") or
// written: every country code (ISO 3166-1 alpha-2, as listed in the tz
// database's iso3166.tab, plus uk, eu, ac and su, which the DNS uses too),
// the original generic ones and the newer generic ones people meet in
// addresses and links ("site", "online", "store", "webcam"). Not every
// label of the root zone: a word not listed here ends no spoken domain,
// which keeps "www.google.con" (a typo) out.
var tlds = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
	ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt 
	bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh 
	er es et fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht 
	hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls 
	lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni 
	nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg 
	sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug 
	um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw 
	uk eu ac su
	com net org edu gov mil int info biz name pro aero coop museum mobi asia tel travel jobs
	app dev io ai site online store shop tech xyz club top live blog news email cloud website
	space webcam studio agency media digital solutions services network systems company global link
	click page photo photos video games design art fun chat social
	academy aws arpa nyc berlin wiki ltd llc inc bank insurance software dental clinic consulting legal law`) {
		m[w] = true
	}
	return m
}()

// specialUseTops are the special-use names that end the name of a machine
// on someone's network ("local", RFC 6762; "onion", RFC 7686; ICANN's
// "internal"). They end a web address spoken with a dash or a second
// label ("base dash test dash site dot local"), not a written host alone:
// "mailserver.local" in talk of a setup names no one. The names reserved
// for documentation and tests ("example", "test", "invalid", RFC 2606)
// are not listed: they name nobody, and "a dot test" is talk.
var specialUseTops = map[string]bool{"local": true, "onion": true, "internal": true}

// wordTops are newer generic top-level labels that are everyday words
// ("acme dot health", "riverside dot church"): they end a spoken domain
// only after the word "dot" ("the billing period today" is talk), and a
// written one.
var wordTops = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`health care help support church realty today world life family team
	center events school education energy auto homes garden vet pet finance fitness restaurant salon tours
	bar pub cafe city zone tools guru works farm`) {
		m[w] = true
	}
	return m
}()
