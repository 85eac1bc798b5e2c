-- 006: a suspended account's holder can ask for reactivation without
-- logging in (TTH Đ10): they prove they own the address through an
-- e-mailed link of purpose 'reactivate'.
ALTER TABLE email_token
	MODIFY purpose ENUM('verify','reset','reactivate') NOT NULL;
