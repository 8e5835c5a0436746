package redact

import "strings"

// worldPlaces are the countries of the world and some of their large or
// well-known cities, as callers name them when they send money, travel or
// call abroad ("transfer to Germany", "and Costa Rica?", "the Paris
// office"). Many are also names in the gazetteer (Jordan, Georgia, Chad,
// Sofia); without a naming cue they are places. Two-word places are keyed
// by their first word with the second after a space. Written for callveil
// from general knowledge; not a gazetteer of every place.
var worldPlaces = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(`afghanistan albania algeria andorra angola argentina armenia australia austria
azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia
cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland
france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary
iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati
kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco
mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria
norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia
rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden
switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan
tuvalu uganda ukraine uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
england scotland wales britain holland europe asia africa america
costa_rica el_salvador new_zealand south_africa south_korea north_korea saudi_arabia sri_lanka
sierra_leone puerto_rico hong_kong united_kingdom united_states czech_republic dominican_republic
ivory_coast burkina_faso cape_verde east_timor papua_new san_marino
london paris berlin madrid rome milan munich frankfurt hamburg vienna zurich geneva brussels amsterdam
rotterdam lisbon porto dublin edinburgh manchester birmingham glasgow oslo stockholm copenhagen helsinki
warsaw krakow prague budapest bucharest sofia belgrade zagreb athens istanbul ankara moscow kyiv kiev
cairo lagos nairobi accra johannesburg casablanca dubai doha riyadh tehran karachi lahore delhi mumbai
bangalore chennai kolkata dhaka bangkok jakarta manila singapore tokyo osaka seoul beijing shanghai
shenzhen taipei hanoi sydney melbourne brisbane perth auckland toronto montreal vancouver calgary ottawa
bogota lima santiago quito caracas havana montevideo tijuana guadalajara monterrey
buenos_aires sao_paulo rio_de mexico_city tel_aviv abu_dhabi kuala_lumpur ho_chi cape_town new_delhi
boston chicago miami seattle atlanta detroit philadelphia baltimore pittsburgh cincinnati milwaukee
minneapolis nashville memphis louisville sacramento portland tucson albuquerque oklahoma omaha boise
bozeman anchorage honolulu spokane tacoma fresno oakland brooklyn manhattan queens bronx newark
new_york los_angeles san_francisco san_diego san_jose san_antonio las_vegas new_orleans salt_lake
kansas_city st_louis el_paso fort_worth fort_wayne fort_collins fort_lauderdale fort_myers`, "\n") {
		for _, w := range strings.Fields(p) {
			m[strings.ReplaceAll(w, "_", " ")] = true
		}
	}
	return m
}()

// placeAt reports whether token i starts a place of worldPlaces, alone or
// with the word after it ("Costa Rica", "Hong Kong"), and returns its last
// token.
func (ts *Tokens) placeAt(i int) (int, bool) {
	if i < 0 || i >= len(ts.Toks) || ts.Toks[i].Kind != KindWord {
		return i, false
	}
	if j := i + 1; j < len(ts.Toks) && ts.Toks[j].Kind == KindWord && !ts.sentenceEndsAfter(i) &&
		worldPlaces[ts.Toks[i].Norm+" "+ts.Toks[j].Norm] {
		return j, true
	}
	if ts.placeBefore(i) {
		return i, true
	}
	return i, worldPlaces[ts.Toks[i].Norm] || stateNames[ts.Toks[i].Norm]
}

// placeBefore reports whether token i ends a two-word place of worldPlaces
// ("Rica" in "Costa Rica").
func (ts *Tokens) placeBefore(i int) bool {
	p := i - 1
	return p >= 0 && i < len(ts.Toks) && ts.Toks[p].Kind == KindWord && ts.Toks[i].Kind == KindWord &&
		!ts.sentenceEndsAfter(p) && worldPlaces[ts.Toks[p].Norm+" "+ts.Toks[i].Norm]
}
