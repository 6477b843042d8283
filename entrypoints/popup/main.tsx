import { startPopup } from '../../components/popup/popup-connector';
import '../../assets/popup.css';

void startPopup();
