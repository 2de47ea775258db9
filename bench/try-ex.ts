import { startApp, BASE } from './browser';
const { browser, stop } = await startApp();
try {
	const page = await browser.newPage();
	page.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 300)));
	page.on('pageerror', (e) => console.log('pageerror:', e.message));
	await page.goto(BASE + '/exercise/mse?seed=abc');
	await page.getByTestId('tf-backend').waitFor({ timeout: 20000 });
	console.log(
		'backend',
		await page.getByTestId('tf-backend').textContent(),
		await page.getByTestId('tf-backend').getAttribute('title')
	);
	console.log(
		await page.evaluate(
			"JSON.stringify(performance.getEntriesByType('measure').map(m => [m.name, Math.round(m.duration)]))"
		)
	);
	console.log((await page.locator('.task').innerText()).slice(0, 300));
	await page.getByTestId('answer-0').fill('1.5');
	await page.getByTestId('answer-0').press('Enter');
	await page.getByTestId('verdict').waitFor();
	console.log(
		'verdict',
		await page.getByTestId('verdict').innerText(),
		await page.getByTestId('mark-0').innerText()
	);
	console.log(
		await page.evaluate(
			"JSON.stringify(performance.getEntriesByType('measure').map(m => [m.name, Math.round(m.duration)]))"
		)
	);
	await page.goto(BASE + '/exercise');
	await page.getByTestId('tf-backend').waitFor({ timeout: 20000 });
	console.log(await page.getByTestId('library-exercises').innerText());
	await page.getByTestId('engine-check').click();
	await page.getByTestId('engine-results').waitFor({ timeout: 60000 });
	console.log(await page.getByTestId('engine-results').innerText());
	await page.goto(BASE + '/exercise/lab');
	await page.getByTestId('tf-backend').waitFor({ timeout: 20000 });
	await page.getByTestId('lab-rate').fill('0.8');
	await page.getByTestId('lab-prediction').fill('5');
	await page.getByTestId('lab-run').click();
	await page.getByTestId('lab-result').waitFor();
	console.log(await page.getByTestId('lab-result').innerText());
	await page.screenshot({ path: '/tmp/lab.png', fullPage: true });
	await page.goto(BASE + '/exercise/attention?seed=x1&card=');
	await page.getByTestId('tf-backend').waitFor({ timeout: 20000 });
	await page.screenshot({ path: '/tmp/att.png', fullPage: true });
} finally {
	await stop();
}
