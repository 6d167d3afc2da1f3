'use strict';
// Reads a controller on 127.0.0.1 with the third-party npm client luxtronik2 and prints what it decoded as
// one line of JSON. Usage: node read-luxtronik2.js PORT (with NODE_PATH pointing at its node_modules).
const luxtronik = require('luxtronik2');

const port = Number(process.argv[2]);
const timer = setTimeout(() => {
    console.error('no answer within 10 s');
    process.exit(2);
}, 10000);

luxtronik.createConnection('127.0.0.1', port).read((error, data) => {
    clearTimeout(timer);
    if (error) {
        console.error(String(error));
        process.exit(1);
    }
    const values = data.values;
    console.log(JSON.stringify({
        temperature_outside: values.temperature_outside,
        temperature_supply: values.temperature_supply,
        temperature_return: values.temperature_return,
        firmware: values.firmware
    }));
});
