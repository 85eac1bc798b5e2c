/*
 * Cổng Dịch vụ công — progress while a dossier's files are sent
 * (templates/submit.cs).  Progressive enhancement: without this script,
 * or in a browser without FormData(form, submitter), the form posts as
 * usual and everything works the same, only without a progress bar.
 *
 * With files of more than half a megabyte chosen, the form is sent with
 * XMLHttpRequest, in the same order of parts as the browser would send
 * it (the CSRF token first), and a live region tells how much is sent.
 * A redirect (saved, submitted) is followed; any other answer (the form
 * with errors, a refusal) replaces the page, as an ordinary post would.
 * A dossier over the size limit is refused here before anything is sent.
 */
(function () {
	'use strict';
	var form = document.querySelector('form[data-upload]');
	var box = document.getElementById('upload-status');
	if (!form || !box || !window.FormData || !window.XMLHttpRequest)
		return;
	var bar = box.querySelector('progress');
	var text = box.querySelector('span');
	var max = parseInt(form.getAttribute('data-max'), 10) || 0;

	function mb(n) {
		return (n / 1048576).toFixed(1).replace('.', ',') + ' MB';
	}
	function say(msg, pct, alert) {
		box.hidden = false;
		box.className = alert ? 'alert' : 'notice';
		box.setAttribute('role', alert ? 'alert' : 'status');
		text.textContent = msg;
		bar.hidden = pct === null;
		if (pct !== null)
			bar.value = pct;
	}
	function buttons(on) {
		var b = form.querySelectorAll('button');
		for (var i = 0; i < b.length; i++)
			b[i].disabled = !on;
	}

	form.addEventListener('submit', function (ev) {
		var inputs = form.querySelectorAll('input[type=file]');
		var total = 0, i, j, data, xhr;
		for (i = 0; i < inputs.length; i++)
			for (j = 0; inputs[i].files && j < inputs[i].files.length; j++)
				total += inputs[i].files[j].size;
		if (max > 0 && total > max) {
			ev.preventDefault();
			say('Các tệp vừa chọn có tổng dung lượng ' + mb(total) +
			    ', vượt quá giới hạn ' + mb(max) + ' của một hồ sơ: ' +
			    'chưa gửi gì. Xin bỏ bớt tệp hoặc quét với độ phân giải ' +
			    'thấp hơn.', null, true);
			return;
		}
		if (total < 512 * 1024)
			return;		/* quick enough: an ordinary post */
		try {
			data = new FormData(form, ev.submitter);
		} catch (e) {
			return;		/* an older browser: an ordinary post */
		}
		ev.preventDefault();
		xhr = new XMLHttpRequest();
		xhr.open('POST', form.action);
		xhr.upload.onprogress = function (e) {
			if (!e.lengthComputable)
				return;
			say('Đang gửi hồ sơ: ' + Math.floor(100 * e.loaded / e.total) +
			    '% (' + mb(e.loaded) + ' / ' + mb(e.total) + '). Xin ' +
			    'đừng đóng trang.', 100 * e.loaded / e.total, false);
		};
		xhr.upload.onload = function () {
			say('Đã gửi xong, đang lưu hồ sơ…', 100, false);
		};
		xhr.onload = function () {
			if (xhr.responseURL && xhr.responseURL !== form.action) {
				window.location.assign(xhr.responseURL);
				return;
			}
			document.open();
			document.write(xhr.responseText);
			document.close();
		};
		xhr.onerror = xhr.onabort = function () {
			buttons(true);
			say('Mất kết nối khi gửi hồ sơ; chưa có gì được lưu. Xin ' +
			    'kiểm tra kết nối mạng rồi gửi lại.', null, true);
		};
		buttons(false);
		say('Đang gửi hồ sơ: 0% (0 / ' + mb(total) + '). Xin đừng đóng ' +
		    'trang.', 0, false);
		xhr.send(data);
	});
}());
