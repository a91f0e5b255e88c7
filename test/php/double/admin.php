<?php
/*
 * Test double of the admin-page helpers an options.php needs: $APPLICATION (CMain: GetGroupRight,
 * GetCurPage), check_bitrix_sessid, bitrix_sessid_post, htmlspecialcharsbx, ShowError, LocalRedirect
 * (ends the page by throwing BxDouble\Redirect) and CAdminTabControl (plain HTML).
 * Behaviour follows docs/bitrix-api-contract.md; no Bitrix code is used.
 */

namespace BxDouble {

/** What LocalRedirect does instead of exiting the process. */
final class Redirect extends \Error
{
    public $url;

    public function __construct(string $url)
    {
        parent::__construct('LocalRedirect ' . $url);
        $this->url = $url;
    }
}

}

namespace {

use BxDouble\Portal;

class CMain
{
    private $exception;

    /** A right letter 'D'..'W' from settings.groupRights[module] or settings.groupRight. */
    public static function GetGroupRight($module_id, $arGroups = false, $use_default_level = 'Y', $max_right_for_super_admin = 'Y', $site_id = false)
    {
        if ($f = Portal::enter('CMain::GetGroupRight')) {
            return $f['value'];
        }
        $rights = Portal::setting('groupRights');
        if (is_array($rights) && isset($rights[$module_id])) {
            return (string)$rights[$module_id];
        }
        return (string)Portal::setting('groupRight');
    }

    public function GetCurPage($get_index_page = null)
    {
        if ($f = Portal::enter('CMain::GetCurPage')) {
            return $f['value'];
        }
        return (string)(Portal::setting('curPage') ?? '/bitrix/admin/settings.php');
    }

    public function ThrowException($msg, $id = false)
    {
        $this->exception = ['message' => is_string($msg) ? $msg : 'error', 'id' => $id];
        Portal::note('APPLICATION->ThrowException: ' . $this->exception['message']);
    }

    public function GetException()
    {
        return $this->exception;
    }
}

function check_bitrix_sessid($varname = 'sessid')
{
    if ($f = Portal::enter('check_bitrix_sessid')) {
        return $f['value'];
    }
    return isset($_REQUEST[$varname]) && (string)$_REQUEST[$varname] === (string)Portal::setting('sessid');
}

function bitrix_sessid_post($varname = 'sessid', $returnInvocations = false)
{
    if ($f = Portal::enter('bitrix_sessid_post')) {
        return $f['value'];
    }
    $id = $returnInvocations ? $varname . '_1' : $varname;
    return '<input type="hidden" name="' . $varname . '" id="' . $id . '" value="' . htmlspecialchars((string)Portal::setting('sessid')) . '" />';
}

function htmlspecialcharsbx($string, $flags = ENT_COMPAT, $doubleEncode = true)
{
    Portal::enter('htmlspecialcharsbx');
    return htmlspecialchars((string)$string, $flags, 'UTF-8', $doubleEncode);
}

function ShowError($strError, $cls = 'errortext')
{
    if ($f = Portal::enter('ShowError')) {
        return $f['value'];
    }
    if ($strError == '') {
        return;
    }
    echo '<p><span class="' . $cls . '">' . $strError . '</span></p>';
}

function LocalRedirect($url, $skip_security_check = false, $status = '302 Found')
{
    Portal::enter('LocalRedirect');
    throw new \BxDouble\Redirect((string)$url);
}

class CAdminTabControl
{
    public $name;
    public $tabs;
    private $current = -1;

    public function __construct($name, $tabs, $bCanExpand = true, $bDenyAutoSave = false)
    {
        Portal::enter('CAdminTabControl::__construct');
        $this->name = (string)$name;
        $this->tabs = is_array($tabs) ? array_values($tabs) : [];
    }

    public function Begin()
    {
        Portal::enter('CAdminTabControl::Begin');
        echo '<div class="adm-detail-block" id="' . htmlspecialchars($this->name) . '_layout">';
        foreach ($this->tabs as $tab) {
            echo '<span class="adm-detail-tab" id="tab_cont_' . htmlspecialchars((string)($tab['DIV'] ?? '')) . '">' . htmlspecialchars((string)($tab['TAB'] ?? '')) . '</span>';
        }
    }

    public function BeginNextTab($options = [])
    {
        Portal::enter('CAdminTabControl::BeginNextTab');
        if ($this->current >= 0) {
            echo '</table></div>';
        }
        $this->current++;
        $tab = $this->tabs[$this->current] ?? ['DIV' => 'tab' . $this->current, 'TITLE' => ''];
        echo '<div class="adm-detail-content" id="' . htmlspecialchars((string)$tab['DIV']) . '"><div class="adm-detail-title">'
            . htmlspecialchars((string)($tab['TITLE'] ?? '')) . '</div><table class="adm-detail-content-table edit-table">';
    }

    public function Buttons($aParams = false)
    {
        Portal::enter('CAdminTabControl::Buttons');
        if ($this->current >= 0) {
            echo '</table></div>';
            $this->current = count($this->tabs);
        }
        echo '<div class="adm-detail-content-btns">';
    }

    public function End()
    {
        Portal::enter('CAdminTabControl::End');
        echo '</div></div>';
    }

    public function ActiveTabParam()
    {
        Portal::enter('CAdminTabControl::ActiveTabParam');
        $div = $this->tabs[0]['DIV'] ?? '';
        return $this->name . '_active_tab=' . urlencode((string)$div);
    }
}

}
