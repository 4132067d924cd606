// Demo: reports what <lpc-assessment> submits, in plain text (the host could take over here).
export {};
const assessment = document.getElementById('demo-assessment');
const status = document.getElementById('demo-assessment-status');
assessment?.addEventListener('lpc-submit', (event) => {
  const response = event.detail;
  if (status) status.textContent = `Submitted: ${response.answers.length} answers, response id ${response.id}.`;
});
